/**
 * Page links for long lists: the first and last pages, and a few either side of the current one, with gaps
 * between, so the row stays short however many pages a list grows to.
 */

export type PageLink = { page: number; current: boolean } | { gap: true };

export const LIST_PAGE_SIZE = 100;

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
