/** Where the people, organisations and places index lives. (Beside src/shared/urls.ts, which holds the site's other URLs.) */
export const ENTITY_INDEX_URL = '/people-and-places/';
export const entityUrl = (slug: string): string => `${ENTITY_INDEX_URL}${slug}/`;

/**
 * The index was published at /index/ first, and archive addresses must keep working: every old address, a name's
 * later pages included, redirects to the same page under the new one (Astro's `redirects`, in astro.config.ts).
 * The old pages are not pages of their own, so the sitemap leaves them out.
 */
export const FORMER_ENTITY_INDEX_URL = '/index/';
export const entityIndexRedirects = {
  [FORMER_ENTITY_INDEX_URL]: ENTITY_INDEX_URL,
  [`${FORMER_ENTITY_INDEX_URL}[slug]/[...page]`]: `${ENTITY_INDEX_URL}[slug]/[...page]`,
};
