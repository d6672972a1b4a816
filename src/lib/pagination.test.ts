import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { listPageUrl, pageLinks, type PageLink } from './pagination';

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
