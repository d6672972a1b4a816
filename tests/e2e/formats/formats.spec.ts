/**
 * The site built from a copy of the project whose collection holds one made-up capture of each format
 * (tests/fixtures/formats/, served by support/format-site.ts): each gets a page with its own provenance, the
 * original page and its Global Research republication link to each other and to their comparison, and search
 * finds every one.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { slugify } from '../../../src/shared/slug';
import { DROPPED_SENTENCE, FORMAT_ARTICLES } from '../../fixtures/format-captures';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
const slugOf = (title: string) => slugify(title);
const ORIGINAL = slugOf(FORMAT_ARTICLES.html.title);
const REPUBLICATION = `${ORIGINAL}-global-research`;
const COMPARISON = `/compare/${ORIGINAL}/${REPUBLICATION}/`;

const PAGES = [
  { slug: ORIGINAL, ...FORMAT_ARTICLES.html, capturedAs: 'A saved HTML page', address: true },
  {
    slug: REPUBLICATION,
    ...FORMAT_ARTICLES.republication,
    capturedAs: 'A Global Research page saved as Markdown',
    address: false,
  },
  {
    slug: slugOf(FORMAT_ARTICLES.clip.title),
    ...FORMAT_ARTICLES.clip,
    capturedAs: 'A web clipper’s Markdown file',
    address: true,
  },
  {
    slug: slugOf(FORMAT_ARTICLES.wacz.title),
    ...FORMAT_ARTICLES.wacz,
    capturedAs: 'A WACZ web archive',
    address: true,
  },
  {
    slug: slugOf(FORMAT_ARTICLES.warc.title),
    ...FORMAT_ARTICLES.warc,
    capturedAs: 'A WARC web archive (ISO 28500)',
    address: true,
  },
];

for (const format of PAGES) {
  test(`${format.capturedAs}: its own page, its provenance, and no page furniture`, async ({ page, request }) => {
    await page.goto(`/articles/${format.slug}/`);
    await expect(page.locator('h1')).toHaveText(format.title);
    const provenance = page.locator('.provenance');
    await expect(provenance).toContainText(format.outlet);
    await expect(provenance.locator('dt:has-text("Captured as") + dd')).toHaveText(format.capturedAs);
    await expect(provenance.locator('dt:has-text("Capture file") + dd')).toHaveText(format.file);
    await expect(provenance.locator('dt:has-text("SHA-256") + dd')).toHaveText(/^[0-9a-f]{64}$/);
    const prose = page.locator('.prose');
    for (const furniture of [
      'Subscribe',
      'Share on',
      'We use cookies',
      'Read more',
      'Comments',
      'Facebook',
      'WhatsApp',
    ])
      await expect(prose).not.toContainText(furniture);

    if (format.address) {
      const address = provenance.locator('a.page-address');
      const url = await address.getAttribute('href');
      expect(url).toMatch(/^https:\/\/[a-z]+\.example\//);
      const wayback = provenance.getByRole('link', { name: 'listing in the Wayback Machine' });
      await expect(wayback).toHaveAttribute('href', new RegExp(`^https://web\\.archive\\.org/web/2016\\d{4}/${url}$`));
    } else {
      await expect(provenance).toContainText('did not keep the address');
    }

    // The verbatim copy is served as it was captured, and as text or a download: never as a page that runs.
    const copy = provenance.locator('dt:has-text("Verbatim copy") + dd a');
    const response = await request.get((await copy.getAttribute('href'))!);
    expect(response.status()).toBe(200);
    const type = response.headers()['content-type'] ?? '';
    expect(type).not.toMatch(/html/);
  });
}

test('a page from a web archive names its record, capture time and payload digest', async ({ page }) => {
  await page.goto(`/articles/${slugOf(FORMAT_ARTICLES.wacz.title)}/`);
  const provenance = page.locator('.provenance');
  await expect(provenance.locator('dt:has-text("WARC record") + dd')).toHaveText(/^<urn:uuid:[0-9a-f-]+>$/);
  await expect(provenance.locator('dt:has-text("Payload digest") + dd')).toHaveText(/^sha1:[A-Z2-7]+$/);
  await expect(provenance.locator('dt:has-text("Captured on") + dd time')).toHaveAttribute('datetime', /^2026-11-30T/);
  await expect(provenance.locator('dt:has-text("Saved with") + dd')).toHaveText('ArchiveWeb.page 0.12.0');
});

test('the original and its republication link to each other and to their comparison', async ({ page }) => {
  for (const [from, to] of [
    [ORIGINAL, REPUBLICATION],
    [REPUBLICATION, ORIGINAL],
  ] as const) {
    await page.goto(`/articles/${from}/`);
    const versions = page.getByRole('region', { name: 'Other versions of this article' });
    await expect(versions.locator(`a[href="/articles/${to}/"]`)).toHaveText(FORMAT_ARTICLES.html.title);
    await expect(versions.getByRole('link', { name: 'Compare word by word' })).toHaveAttribute('href', COMPARISON);
  }
  await page.goto(`/articles/${slugOf(FORMAT_ARTICLES.clip.title)}/`);
  await expect(page.getByRole('region', { name: 'Other versions of this article' })).toHaveCount(0);
});

test('the comparison marks the sentence the republication dropped', async ({ page }) => {
  await page.goto(COMPARISON);
  await expect(page.locator('h1')).toContainText(FORMAT_ARTICLES.html.title);
  await expect(page.locator('.version-summary')).toHaveText(/sentences? removed.* in the republication$/);
  const removed = (await page.locator('.version-comparison del').allTextContents()).join(' ');
  expect(removed.replace(/\s+/g, ' ')).toContain(DROPPED_SENTENCE);
  // The text both versions share is shown once, unmarked.
  await expect(page.locator('.version-comparison')).toContainText('The twelve lamps along the old harbour wall');
  expect(await page.locator('.version-comparison ins').count()).toBe(0);
});

test('search finds every format', async ({ page }) => {
  for (const format of PAGES) {
    await page.goto(`/search/?q=${encodeURIComponent(format.title)}`);
    await expect(page.locator(`#search-results a[href="/articles/${format.slug}/"]`).first()).toBeVisible();
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the format pages and the comparison have no axe violation in the ${colorScheme} scheme`, async ({
    browser,
  }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ colorScheme, viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    for (const path of [...PAGES.map(({ slug }) => `/articles/${slug}/`), COMPARISON]) {
      await page.goto(path);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode().analyze();
      expect
        .soft(
          violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`),
          path,
        )
        .toEqual([]);
      // Nothing wider than the screen: at 320 px, the comparison table reflows.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect.soft(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
}
