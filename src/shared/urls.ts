/** Every internal URL the site builds, in one place, so links and pages cannot drift apart. */
export const articleUrl = (slug: string): string => `/articles/${slug}/`;
export const authorUrl = (slug: string): string => `/authors/${slug}/`;
/** Outlets are listed under /sources/, the public address the product brief gives them. */
export const outletUrl = (slug: string): string => `/sources/${slug}/`;
export const topicUrl = (slug: string): string => `/topics/${slug}/`;
/** A capture of one page is served as text under its article's slug; a web archive once, under its own name. */
export const captureUrl = (slug: string, stored?: string): string =>
  stored ? `/captures/${stored}` : `/captures/${slug}.txt`;
/** A month's page of the archive by date (key "2016-12"); its entry on /archive/ keeps the id archiveMonthId gives. */
export const archiveMonthUrl = (key: string): string => `/archive/${key}/`;
export const archiveMonthId = (key: string): string => `m-${key}`;
/** The word-by-word comparison of two versions of one piece, the earlier first. */
export const compareUrl = (earlierSlug: string, laterSlug: string): string => `/compare/${earlierSlug}/${laterSlug}/`;

/** Where the people, organisations and places index (People & places) lives. */
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

/**
 * How a nav link relates to the current path: 'page' when it is this page,
 * 'true' when the page sits in that section (an article under Articles, an author under Authors).
 */
export function navCurrent(pathname: string, href: string): 'page' | 'true' | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === href) return 'page';
  if (href === '/') return path.startsWith('/articles/') ? 'true' : undefined;
  return path.startsWith(href) ? 'true' : undefined;
}

/** An absolute URL on the archive's own site. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}
