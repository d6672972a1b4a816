import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { sortNewestFirst } from '../../src/features/articles/catalog';
import { NEWEST_ON_HOME } from '../../src/shared/pagination';
import { loadArticles } from './support/collection';

const articles = loadArticles();
const newestFirst = sortNewestFirst(articles.map((article) => ({ id: article.slug, ...article })));

// Each test walks every article with one page, so the suite does not grow a test per article ingested.
test.describe.configure({ timeout: 30_000 + articles.length * 10_000 });

test('the collection has articles to show', () => {
  expect(articles.length).toBeGreaterThan(0);
});

test('every article shows its title, byline, both dates and its outlet', async ({ page }) => {
  for (const { slug, data } of articles) {
    await page.goto(`/articles/${slug}/`);
    await expect.soft(page.locator('h1'), slug).toHaveCount(1);
    await expect.soft(page.locator('h1'), slug).toHaveText(data.title);
    const header = page.locator('main article header').first();
    for (const author of data.authors) {
      await expect.soft(header.locator(`a[href="/authors/${author.slug}/"]`), slug).toHaveText(author.name);
    }
    await expect.soft(header.locator(`time[datetime="${data.publisher.date}"]`).first(), slug).toBeVisible();
    if (data.original) {
      await expect.soft(header.getByText(data.original.name).first(), slug).toBeVisible();
      if (data.original.date) {
        await expect.soft(header.locator(`time[datetime="${data.original.date}"]`).first(), slug).toBeVisible();
      }
    }
  }
});

test('every article keeps its provenance: copyright, capture file, sha256 and the verbatim capture', async ({
  page,
  request,
}) => {
  for (const { slug, data } of articles) {
    await page.goto(`/articles/${slug}/`);
    const main = page.locator('main');
    if (data.copyright) await expect.soft(main.getByText(data.copyright).first(), slug).toBeVisible();
    await expect.soft(main.getByText(data.capture.file).first(), slug).toBeVisible();
    await expect.soft(main.getByText(data.capture.sha256).first(), slug).toBeVisible();
    await expect.soft(main.locator(`a[href="/captures/${slug}.txt"]`).first(), slug).toBeVisible();
    const response = await request.get(`/captures/${slug}.txt`);
    expect.soft(response.ok(), slug).toBe(true);
    expect
      .soft(
        Buffer.compare(await response.body(), readFileSync(`content/captures/${slug}.txt`)),
        `${slug}: capture bytes`,
      )
      .toBe(0);
  }
});

test('no article ships a script but the header search box’s, a dead "#" link or the publisher footer', async ({
  page,
}) => {
  for (const { slug } of articles) {
    await page.goto(`/articles/${slug}/`);
    const scripts = await page
      .locator('script:not([type="application/ld+json"])')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('src') ?? 'inline'));
    expect.soft(scripts, slug).toEqual([expect.stringMatching(/^\/_astro\/SiteScript\.astro_/)]);
    await expect.soft(page.locator('a[href="#"], a[href=""]'), slug).toHaveCount(0);
    const body = await page.locator('main article').innerText();
    for (const furniture of [
      'Become a Member of Global Research',
      'on our Facebook page',
      'For media inquiries',
      'Articles by:',
      'fair use',
    ]) {
      expect.soft(body, slug).not.toContain(furniture);
    }
  }
});

test('the home page lists the newest articles, newest first, with the neutral note', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByText(/neither endorses nor rebuts/)).toBeVisible();
  const listed = await page
    .locator('main a[href^="/articles/"]')
    .evaluateAll((links) => [...new Set(links.map((link) => link.getAttribute('href')))]);
  expect(listed).toEqual(newestFirst.slice(0, NEWEST_ON_HOME).map(({ slug }) => `/articles/${slug}/`));
});

test('previous and next links walk the collection by date', async ({ page }) => {
  const oldestFirst = [...newestFirst].reverse();
  await page.goto(`/articles/${oldestFirst[0]!.slug}/`);
  for (const following of oldestFirst.slice(1)) {
    await page.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(new RegExp(`/articles/${following.slug}/$`));
  }
  await expect(page.locator('a[rel="next"]')).toHaveCount(0);
});
