import { expect, test, type Page } from '@playwright/test';
import { slugify } from '../../src/shared/slug';
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

test('the archive by date leads through its months to every article, each once', async ({ page }) => {
  await page.goto('/archive/');
  await expect(page.getByRole('heading', { level: 2, name: /2016/ })).toBeVisible();
  // Links made to a month's entry before months had pages of their own still land on it.
  await expect(page.locator('#m-2016-12')).toContainText('December 2016');
  const months = await page
    .locator('main a[href^="/archive/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(months).toContain('/archive/2016-12/');
  const listed: string[] = [];
  for (const month of months) {
    await page.goto(month);
    await expect(page.locator('h1')).toHaveText(/^Articles republished in \w+ \d{4}$/);
    listed.push(...(await listedArticles(page)));
  }
  expect(listed.sort()).toEqual(hrefsOf(articles.map(({ slug }) => slug)));
});

test('the home page shows the newest articles and leads on to the rest', async ({ page }) => {
  await page.goto('/');
  const newestFirst = [...articles].sort((a, b) => (a.data.publisher.date < b.data.publisher.date ? 1 : -1));
  const shown = await page
    .locator('main .article-list a[href^="/articles/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  // The founding articles were republished on five different days, so "newest first" is one order.
  expect(shown).toEqual(newestFirst.slice(0, 20).map(({ slug }) => `/articles/${slug}/`));
  for (const path of ['/archive/', '/authors/', '/sources/', '/topics/']) {
    await expect(page.locator(`main a[href="${path}"]`).first()).toBeVisible();
  }
});

test('a list that fits on one page has no page links and no page number in its title', async ({ page }) => {
  for (const path of ['/authors/', '/topics/syria/', '/archive/2016-12/']) {
    await page.goto(path);
    await expect(page.locator('nav.pagination')).toHaveCount(0);
    await expect(page.locator('head link[rel="next"], head link[rel="prev"]')).toHaveCount(0);
    await expect(page).not.toHaveTitle(/page \d+ of/);
  }
});

test('the 404 page helps the reader on', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.locator('main a[href="/"]').first()).toBeVisible();
});
