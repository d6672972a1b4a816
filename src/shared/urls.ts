/** Every internal URL the site builds, in one place, so links and pages cannot drift apart. */
export const articleUrl = (slug: string): string => `/articles/${slug}/`;
export const authorUrl = (slug: string): string => `/authors/${slug}/`;
/** Outlets are listed under /sources/, the public address the product brief gives them. */
export const outletUrl = (slug: string): string => `/sources/${slug}/`;
export const topicUrl = (slug: string): string => `/topics/${slug}/`;
export const captureUrl = (slug: string): string => `/captures/${slug}.txt`;
/** A month's page of the archive by date (key "2016-12"); its entry on /archive/ keeps the id archiveMonthId gives. */
export const archiveMonthUrl = (key: string): string => `/archive/${key}/`;
export const archiveMonthId = (key: string): string => `m-${key}`;

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
