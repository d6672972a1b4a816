import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { loadArticles } from './support/collection';

const articles = loadArticles();

test('the founding collection is all there', () => {
  expect(articles).toHaveLength(5);
});

for (const { slug, data } of articles) {
  test.describe(`article "${data.title.slice(0, 40)}…"`, () => {
    test('shows its title, byline, both dates and its outlet', async ({ page }) => {
      await page.goto(`/articles/${slug}/`);
      await expect(page.locator('h1')).toHaveCount(1);
      await expect(page.locator('h1')).toHaveText(data.title);
      const header = page.locator('main article header').first();
      for (const author of data.authors) {
        await expect(header.locator(`a[href="/authors/${author.slug}/"]`)).toHaveText(author.name);
      }
      await expect(header.locator(`time[datetime="${data.publisher.date}"]`).first()).toBeVisible();
      if (data.original) {
        await expect(header.getByText(data.original.name).first()).toBeVisible();
        if (data.original.date) {
          await expect(header.locator(`time[datetime="${data.original.date}"]`).first()).toBeVisible();
        }
      }
    });

    test('keeps the provenance: copyright, capture file, sha256 and the verbatim capture', async ({
      page,
      request,
    }) => {
      await page.goto(`/articles/${slug}/`);
      const main = page.locator('main');
      if (data.copyright) await expect(main.getByText(data.copyright).first()).toBeVisible();
      await expect(main.getByText(data.capture.file).first()).toBeVisible();
      await expect(main.getByText(data.capture.sha256).first()).toBeVisible();
      const captureLink = main.locator(`a[href="/captures/${slug}.txt"]`).first();
      await expect(captureLink).toBeVisible();
      const response = await request.get(`/captures/${slug}.txt`);
      expect(response.ok()).toBe(true);
      expect(Buffer.compare(await response.body(), readFileSync(`content/captures/${slug}.txt`))).toBe(0);
    });

    test('ships no script but the header search box’s, no dead "#" link and none of the publisher footer', async ({
      page,
    }) => {
      await page.goto(`/articles/${slug}/`);
      const scripts = await page
        .locator('script:not([type="application/ld+json"])')
        .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('src') ?? 'inline'));
      expect(scripts).toEqual([expect.stringMatching(/^\/_astro\/SiteScript\.astro_/)]);
      await expect(page.locator('a[href="#"], a[href=""]')).toHaveCount(0);
      const body = await page.locator('main article').innerText();
      for (const furniture of [
        'Become a Member of Global Research',
        'on our Facebook page',
        'For media inquiries',
        'Articles by:',
        'fair use',
      ]) {
        expect(body).not.toContain(furniture);
      }
    });
  });
}

test('the home page lists every article, newest first, with the neutral note', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByText(/neither endorses nor rebuts/)).toBeVisible();
  const newestFirst = [...articles].sort((a, b) => b.data.publisher.date.localeCompare(a.data.publisher.date));
  const listed = await page
    .locator('main a[href^="/articles/"]')
    .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')))]);
  expect(listed).toEqual(newestFirst.map(({ slug }) => `/articles/${slug}/`));
});

test('previous and next links walk the collection by date', async ({ page }) => {
  const byDate = [...articles].sort((a, b) => a.data.publisher.date.localeCompare(b.data.publisher.date));
  await page.goto(`/articles/${byDate[0]!.slug}/`);
  for (const following of byDate.slice(1)) {
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`/articles/${following.slug}/$`));
  }
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
});
