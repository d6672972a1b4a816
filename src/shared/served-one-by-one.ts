/**
 * The paths of the files a build writes in bulk (features/bulk-files/): the dev server serves each from its own route,
 * while a build renders none of those routes.
 */
export const servedOneByOne = <T>(paths: T[]): T[] => (import.meta.env.DEV ? paths : []);
