/**
 * How long lists are cut into pages, in one place: how many items a page holds, the row of page links, the address
 * of each page and its title. Every paginated list of the site (Astro's paginate() pages and the timeline's own)
 * uses these, so a page 2 looks and behaves the same everywhere.
 */

export type PageLink = { page: number; current: boolean } | { gap: true };

/** Names (authors, outlets, topics) per page of an index: each is a line of about 150 bytes. */
export const LIST_PAGE_SIZE = 100;

/** Article summaries per page of a listing: each is about 700 bytes of HTML with its JSON-LD entry. */
export const ARTICLES_PER_PAGE = 50;

/** The newest articles the home page shows; the rest are a link away, by date. */
export const NEWEST_ON_HOME = 20;

/** The newest articles the RSS feed carries: a feed tells readers what is new, not what the archive holds. */
export const FEED_ITEMS = 50;

export function pageLinks(current: number, last: number, around = 2): PageLink[] {
  const shown = new Set([1, last]);
  for (let page = current - around; page <= current + around; page += 1) if (page >= 1 && page <= last) shown.add(page);
  const links: PageLink[] = [];
  let previous = 0;
  for (const page of [...shown].sort((a, b) => a - b)) {
    // A gap of one page is shown as that page: a link is no longer than the ellipsis.
    if (page - previous === 2) links.push({ page: page - 1, current: false });
    else if (page - previous > 2) links.push({ gap: true });
    links.push({ page, current: page === current });
    previous = page;
  }
  return links;
}

/** Page 1 of a list lives at its own address; page n at `<address>n/`, the form Astro's paginate() gives. */
export function listPageUrl(base: string, page: number): string {
  return page === 1 ? base : `${base}${page}/`;
}

/** The neighbouring pages' addresses, for <link rel="prev"> and <link rel="next">. */
export function adjacentPageUrls(base: string, current: number, last: number): { prev?: string; next?: string } {
  return {
    ...(current > 1 ? { prev: listPageUrl(base, current - 1) } : {}),
    ...(current < last ? { next: listPageUrl(base, current + 1) } : {}),
  };
}

/** "Terrorism" on a list's only page; "Terrorism — page 2 of 7" on one of several. */
export function pagedTitle(title: string, current: number, last: number): string {
  return last > 1 ? `${title} — page ${current} of ${last}` : title;
}

/** Which items a page shows, counted from 1: "51–100 of 230"; empty when the list fits on one page. */
export function pageRange(page: { start: number; end: number; total: number; lastPage: number }): string {
  if (page.lastPage <= 1) return '';
  const first = (page.start + 1).toLocaleString('en-GB');
  const last = (page.end + 1).toLocaleString('en-GB');
  return `${first === last ? first : `${first}–${last}`} of ${page.total.toLocaleString('en-GB')}`;
}
