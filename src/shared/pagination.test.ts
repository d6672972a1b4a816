import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  adjacentPageUrls,
  ARTICLES_PER_PAGE,
  listPageUrl,
  pagedTitle,
  pageLinks,
  pageRange,
  type PageLink,
} from './pagination';

const render = (links: PageLink[]) =>
  links.map((link) => ('gap' in link ? '…' : link.current ? `[${link.page}]` : String(link.page))).join(' ');

describe('pageLinks', () => {
  it('shows every page of a short list', () => {
    expect(render(pageLinks(1, 1))).toBe('[1]');
    expect(render(pageLinks(2, 4))).toBe('1 [2] 3 4');
  });

  it('keeps the ends and the neighbourhood of the current page of a long list', () => {
    expect(render(pageLinks(1, 100))).toBe('[1] 2 3 … 100');
    expect(render(pageLinks(50, 100))).toBe('1 … 48 49 [50] 51 52 … 100');
    expect(render(pageLinks(100, 100))).toBe('1 … 98 99 [100]');
    expect(render(pageLinks(5, 100))).toBe('1 2 3 4 [5] 6 7 … 100');
  });

  it('links every page once, in order, marks the current one, and stays short', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 10_000 }), (a, b) => {
        const last = Math.max(a, b);
        const current = Math.min(a, b);
        const pages = pageLinks(current, last).flatMap((link) => ('gap' in link ? [] : [link]));
        expect(pages.map(({ page }) => page)).toEqual(
          [...new Set(pages.map(({ page }) => page))].sort((x, y) => x - y),
        );
        expect(pages.filter((link) => link.current).map(({ page }) => page)).toEqual([current]);
        expect(pages[0]!.page).toBe(1);
        expect(pages.at(-1)!.page).toBe(last);
        expect(pageLinks(current, last).length).toBeLessThanOrEqual(9);
      }),
    );
  });
});

describe('listPageUrl', () => {
  it('keeps page 1 at the list address and numbers the rest below it', () => {
    expect(listPageUrl('/topics/terrorism/', 1)).toBe('/topics/terrorism/');
    expect(listPageUrl('/topics/terrorism/', 3)).toBe('/topics/terrorism/3/');
  });
});

/** The pages Astro's paginate() makes of `total` items: each page's first and last index, counted from 0. */
function pagesOf(total: number, size: number) {
  const lastPage = Math.max(1, Math.ceil(total / size));
  return Array.from({ length: lastPage }, (_, index) => ({
    currentPage: index + 1,
    start: index * size,
    end: Math.min((index + 1) * size, total) - 1,
    total,
    lastPage,
  }));
}

describe('a long list in pages', () => {
  it('names each page in its title only when there are several', () => {
    expect(pagedTitle('Terrorism', 1, 1)).toBe('Terrorism');
    expect(pagedTitle('Terrorism', 2, 7)).toBe('Terrorism — page 2 of 7');
  });

  it('says which items a page shows, so that the pages of 1,001 articles cover each exactly once', () => {
    const pages = pagesOf(1_001, ARTICLES_PER_PAGE);
    expect(pages).toHaveLength(21);
    const ranges = pages.map(pageRange);
    expect(ranges[0]).toBe('1–50 of 1,001');
    expect(ranges.at(-1)).toBe('1,001 of 1,001');
    const covered = ranges.flatMap((range) => {
      const [first, last = first] = range
        .replace(/ of .*/, '')
        .split('–')
        .map((number) => Number(number.replace(/,/g, '')));
      return Array.from({ length: last! - first! + 1 }, (_, index) => first! + index);
    });
    expect(covered).toEqual(Array.from({ length: 1_001 }, (_, index) => index + 1));
    expect(pageRange(pagesOf(50, ARTICLES_PER_PAGE)[0]!)).toBe('');
  });

  it('links each page to the one before and after it, so following "next" from page 1 visits every page once', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), (last) => {
        const base = '/authors/someone/';
        const visited = [base];
        let next = adjacentPageUrls(base, 1, last).next;
        while (next) {
          visited.push(next);
          const page = visited.length;
          expect(adjacentPageUrls(base, page, last).prev).toBe(visited.at(-2));
          next = adjacentPageUrls(base, page, last).next;
        }
        expect(visited).toEqual(Array.from({ length: last }, (_, index) => listPageUrl(base, index + 1)));
        expect(adjacentPageUrls(base, 1, last).prev).toBeUndefined();
      }),
    );
  });
});
