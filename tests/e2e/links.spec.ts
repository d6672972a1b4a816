import { expect, test } from '@playwright/test';
import { builtPages, resolveBuiltFile } from './support/built-site';

interface PageLinks {
  path: string;
  ids: string[];
  links: string[];
}

test('every internal link and resource on every built page resolves, fragments included', async ({ page, baseURL }) => {
  const pages = builtPages().filter(({ path }) => !path.endsWith('404.html'));
  expect(pages.length).toBeGreaterThan(10);
  const crawled: PageLinks[] = [];
  for (const { path } of pages) {
    await page.goto(path);
    crawled.push({
      path,
      ...(await page.evaluate(() => ({
        ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
        links: [...document.querySelectorAll('[href], [src]')].map(
          (element) => element.getAttribute('href') ?? element.getAttribute('src') ?? '',
        ),
      }))),
    });
  }

  const idsByPath = new Map(crawled.map(({ path, ids }) => [path, new Set(ids)]));
  const broken: string[] = [];
  for (const { path, links } of crawled) {
    for (const link of links) {
      if (link.trim() === '' || link === '#') {
        broken.push(`${path}: empty or "#" link`);
        continue;
      }
      const url = new URL(link, new URL(path, baseURL));
      if (url.origin !== new URL(baseURL!).origin) continue;
      if (!resolveBuiltFile(url.pathname)) {
        broken.push(`${path}: ${link} → nothing at ${url.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsByPath.get(url.pathname)?.has(fragment)) {
        broken.push(`${path}: ${link} → no id="${fragment}" on ${url.pathname}`);
      }
    }
  }
  expect(broken).toEqual([]);
});
