/** Where the people, organisations and places index lives. (Beside src/shared/urls.ts, which holds the site's other URLs.) */
export const ENTITY_INDEX_URL = '/index/';
export const entityUrl = (slug: string): string => `${ENTITY_INDEX_URL}${slug}/`;
