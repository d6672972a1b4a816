import { expect, test } from '@playwright/test';
import { site } from '../../src/site.config';
import { builtPages, builtRedirects } from './support/built-site';

/** The people-and-places index was first published at /index/; archive addresses must keep working. */
const INDEX = '/people-and-places/';
const FORMER_INDEX = '/index/';

const moved = builtPages()
  .filter(({ path }) => path.startsWith(INDEX))
  .map(({ path }) => ({ to: path, from: FORMER_INDEX + path.slice(INDEX.length) }));

/** A name's later pages exist once it is mentioned in more articles than one page lists. */
const KINDS = [
  { kind: 'the index', matches: (path: string) => path === INDEX },
  { kind: 'a name’s page', matches: (path: string) => /^\/people-and-places\/[^/]+\/$/.test(path) },
  { kind: 'a later page of a name', matches: (path: string) => /^\/people-and-places\/[^/]+\/\d+\/$/.test(path) },
];

test('every page of the index has a redirect to it at its former /index/ address', async ({ request }) => {
  expect(moved.length).toBeGreaterThan(1);
  expect(
    builtRedirects()
      .map(({ path }) => path)
      .filter((path) => path.startsWith(FORMER_INDEX))
      .sort(),
  ).toEqual(moved.map(({ from }) => from).sort());
  for (const { from, to } of moved) {
    const html = await (await request.get(from)).text();
    // The canonical link moves the old address's standing in search engines to the new one.
    expect(html, from).toContain(`<link rel="canonical" href="${new URL(to, site.url).href}"`);
    expect(html, from).toContain(`<meta http-equiv="refresh" content="0;url=${to}"`);
  }
});

test('the sitemap lists the index at its new addresses only', async ({ request }) => {
  const index = await (await request.get('/sitemap-index.xml')).text();
  const listed: string[] = [];
  for (const [, sitemap] of index.matchAll(/<loc>([^<]+)<\/loc>/g)) {
    const xml = await (await request.get(new URL(sitemap!).pathname)).text();
    for (const [, location] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) listed.push(new URL(location!).pathname);
  }
  for (const { to } of moved) expect(listed).toContain(to);
  expect(listed.filter((path) => path.startsWith(FORMER_INDEX))).toEqual([]);
});

for (const { kind, matches } of KINDS) {
  const example = moved.find(({ to }) => matches(to));
  // A collection that names nobody in more articles than one page lists has no later pages to redirect to.
  if (!example) continue;
  test(`a reader at the former address of ${kind} (${example.from}) lands on it at ${example.to}`, async ({
    page,
    baseURL,
  }) => {
    await page.goto(example.to);
    const heading = await page.locator('h1').innerText();
    await page.goto(example.from);
    await expect(page).toHaveURL(new URL(example.to, baseURL).href);
    await expect(page.locator('h1')).toHaveText(heading);
  });
}
