import { expect, test, type Page } from '@playwright/test';
import { slugify } from '../../src/lib/slug';
import { loadArticles } from './support/collection';

const articles = loadArticles();

async function listedArticles(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('main a[href^="/articles/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  return [...new Set(hrefs)].sort();
}

const hrefsOf = (slugs: string[]) => [...new Set(slugs)].map((slug) => `/articles/${slug}/`).sort();

test('each author page lists exactly that author’s articles', async ({ page }) => {
  const authorSlugs = [...new Set(articles.flatMap(({ data }) => data.authors.map((author) => author.slug)))];
  await page.goto('/authors/');
  for (const authorSlug of authorSlugs) {
    await expect(page.locator(`main a[href="/authors/${authorSlug}/"]`)).toHaveCount(1);
  }
  for (const authorSlug of authorSlugs) {
    await page.goto(`/authors/${authorSlug}/`);
    const expected = articles.filter(({ data }) => data.authors.some((author) => author.slug === authorSlug));
    expect(await listedArticles(page)).toEqual(hrefsOf(expected.map(({ slug }) => slug)));
  }
});

test('each source page lists the articles first published there', async ({ page }) => {
  const sources = [...new Set(articles.flatMap(({ data }) => (data.original ? [data.original.slug] : [])))];
  expect(sources.length).toBeGreaterThan(0);
  for (const sourceSlug of sources) {
    await page.goto(`/sources/${sourceSlug}/`);
    const expected = articles.filter(({ data }) => data.original?.slug === sourceSlug);
    expect(await listedArticles(page)).toEqual(hrefsOf(expected.map(({ slug }) => slug)));
  }
});

test('each topic page lists the articles filed under it', async ({ page }) => {
  const topicSlugs = [
    ...new Set(
      articles.flatMap(({ data }) =>
        [...data.topics.regions, ...data.topics.themes, ...data.topics.reports].map((name) => slugify(name)),
      ),
    ),
  ];
  await page.goto('/topics/');
  for (const topicSlug of topicSlugs) {
    await expect(page.locator(`main a[href="/topics/${topicSlug}/"]`)).toHaveCount(1);
    await page.goto(`/topics/${topicSlug}/`);
    const expected = articles.filter(({ data }) =>
      [...data.topics.regions, ...data.topics.themes, ...data.topics.reports].some(
        (name) => slugify(name) === topicSlug,
      ),
    );
    expect(await listedArticles(page)).toEqual(hrefsOf(expected.map(({ slug }) => slug)));
    await page.goto('/topics/');
  }
});

test('the archive groups every article under its year and month', async ({ page }) => {
  await page.goto('/archive/');
  expect(await listedArticles(page)).toEqual(hrefsOf(articles.map(({ slug }) => slug)));
  await expect(page.getByRole('heading', { name: /2016/ }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: /December/ }).first()).toBeVisible();
});

test('the 404 page helps the reader on', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main a[href="/"]').first()).toBeVisible();
});
