/** Every internal URL the site builds, in one place, so links and pages cannot drift apart. */
import { withBase, withoutBase } from './base-path';

/**
 * The path the site is published under: Astro's `base` (`astro build --base /sub/`), which Vite writes into every
 * page and script it builds. Outside a build (the ingest, the tests) there is no import.meta.env, and the base is "/".
 */
const PUBLISHED_BASE = (import.meta as Partial<ImportMeta>).env?.BASE_URL ?? '/';

/** The address of a site path ("/archive/") on the published site, under its base. Every internal link uses it. */
export const siteHref = (path: string): string => withBase(path, PUBLISHED_BASE);
/** The site path of an address siteHref gave: where the build writes its file in dist/. */
export const sitePathOf = (address: string): string => withoutBase(address, PUBLISHED_BASE);

export const articleUrl = (slug: string): string => siteHref(`/articles/${slug}/`);
export const authorUrl = (slug: string): string => siteHref(`/authors/${slug}/`);
/** Outlets are listed under /sources/, the public address the product brief gives them. */
export const outletUrl = (slug: string): string => siteHref(`/sources/${slug}/`);
export const topicUrl = (slug: string): string => siteHref(`/topics/${slug}/`);
/** A capture of one page is served as text under its article's slug; a web archive once, under its own name. */
export const captureUrl = (slug: string, stored?: string): string =>
  siteHref(stored ? `/captures/${stored}` : `/captures/${slug}.txt`);
/** A month's page of the archive by date (key "2016-12"); its entry on /archive/ keeps the id archiveMonthId gives. */
export const archiveMonthUrl = (key: string): string => siteHref(`/archive/${key}/`);
export const archiveMonthId = (key: string): string => `m-${key}`;
/** The word-by-word comparison of two versions of one piece, the earlier first. */
export const compareUrl = (earlierSlug: string, laterSlug: string): string =>
  siteHref(`/compare/${earlierSlug}/${laterSlug}/`);

/** Where the people, organisations and places index (People & places) lives, as a site path. */
export const ENTITY_INDEX_PATH = '/people-and-places/';
export const ENTITY_INDEX_URL = siteHref(ENTITY_INDEX_PATH);
/** A name's page in the index, as a site path: the article renderer runs outside the build and is told the base. */
export const entityPath = (slug: string): string => `${ENTITY_INDEX_PATH}${slug}/`;
export const entityUrl = (slug: string): string => siteHref(entityPath(slug));

/**
 * The index was published at /index/ first, and archive addresses must keep working: every old address, a name's
 * later pages included, has a page that sends the reader to the same page under the new one (src/pages/index/).
 * The old pages are not pages of their own, so the sitemap leaves them out.
 */
export const FORMER_ENTITY_INDEX_URL = '/index/';

/**
 * How a nav link relates to the current path: 'page' when it is this page,
 * 'true' when the page sits in that section (an article under Articles, an author under Authors).
 */
export function navCurrent(pathname: string, href: string, home = siteHref('/')): 'page' | 'true' | undefined {
  const path = pathname.endsWith('/') ? pathname : `${pathname}/`;
  if (path === href) return 'page';
  if (href === home) return path.startsWith(withBase('/articles/', home)) ? 'true' : undefined;
  return path.startsWith(href) ? 'true' : undefined;
}

/** An absolute URL on the archive's own site. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl).href;
}
