import { expect, test } from '@playwright/test';
import { PUBLISHED_BASE, PUBLISHED_SITE } from '../support/base-path';

/** Every address a page or file names: links, resources, form actions, and absolute URLs in its text. */
function addressesIn(text: string): string[] {
  const attributes = [...text.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map(([, value]) => value!);
  const refreshes = [...text.matchAll(/http-equiv="refresh" content="\d+;url=([^"]*)"/g)].map(([, value]) => value!);
  const absolute = [...text.matchAll(/https?:\/\/[^\s"'<>)\\]+/g)].map(([url]) => url);
  return [
    ...attributes,
    ...refreshes,
    ...absolute.filter((url) => new URL(url).hostname === new URL(PUBLISHED_SITE).hostname),
  ];
}

test('a site built under a base path keeps every address reachable from its home page inside it', async ({
  request,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const home = `${origin}${PUBLISHED_BASE}`;
  // The index's former address is linked from nowhere, and its redirect must stay inside the base too.
  const formerIndex = `${home}index/`;
  const seen = new Set<string>([home, formerIndex]);
  const queue = [home, formerIndex];
  const escaped: string[] = [];
  const broken: string[] = [];
  for (let url = queue.shift(); url; url = queue.shift()) {
    const response = await request.get(url, { maxRedirects: 0 });
    if (response.status() !== 200) {
      broken.push(`${url} answered ${response.status()}`);
      continue;
    }
    const type = response.headers()['content-type'] ?? '';
    if (!/html|xml|json|text\/plain/.test(type)) continue;
    for (const address of addressesIn(await response.text())) {
      const target = new URL(address.replaceAll('&amp;', '&'), url);
      const own = target.origin === origin;
      const published = target.origin === new URL(PUBLISHED_SITE).origin;
      if (!own && !published) continue;
      if (!target.pathname.startsWith(PUBLISHED_BASE)) {
        escaped.push(`${url}: ${address}`);
        continue;
      }
      // The published address of a page is served here under the same path.
      const local = `${origin}${target.pathname}`;
      if (!seen.has(local)) {
        seen.add(local);
        queue.push(local);
      }
    }
  }
  expect(escaped).toEqual([]);
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(20);
});

test('search works under the base path, from the header box to an article', async ({ page }) => {
  await page.goto(PUBLISHED_BASE);
  await page.locator('#site-search').fill('Aleppo');
  await page.locator('#site-search').press('Enter');
  await expect(page).toHaveURL(new RegExp(`${PUBLISHED_BASE}search/\\?q=Aleppo$`));
  const first = page.locator('#search-results .result__title a').first();
  await expect(first).toBeVisible();
  expect(await first.getAttribute('href')).toMatch(new RegExp(`^${PUBLISHED_BASE}articles/`));
  await first.click();
  await expect(page.locator('h1')).toBeVisible();
  expect(new URL(page.url()).pathname.startsWith(`${PUBLISHED_BASE}articles/`)).toBe(true);
});
