import { expect, test, type Page } from '@playwright/test';
import { sortNewestFirst } from '../../src/features/articles/catalog';
import { ARTICLES_PER_PAGE, LIST_PAGE_SIZE, NEWEST_ON_HOME } from '../../src/shared/pagination';
import { slugify } from '../../src/shared/slug';
import { loadArticles } from './support/collection';

const articles = loadArticles();
const topicsOf = ({ data }: (typeof articles)[number]) => [
  ...data.topics.regions,
  ...data.topics.themes,
  ...data.topics.reports,
];
/** "2016-12" → "December 2016", as the archive names a month. */
const monthLabel = (key: string) =>
  new Date(`${key}-01T00:00:00Z`).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthKeys = [...new Set(articles.map(({ data }) => data.publisher.date.slice(0, 7)))].sort().reverse();

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
  const firstOutletSlug = ({ data }: (typeof articles)[number]) => (data.original ?? data.publisher).slug;
  const sources = [...new Set(articles.map(firstOutletSlug))];
  expect(sources.length).toBeGreaterThan(0);
  for (const sourceSlug of sources) {
    await page.goto(`/sources/${sourceSlug}/`);
    const expected = articles.filter((article) => firstOutletSlug(article) === sourceSlug);
    expect(await listedArticles(page)).toEqual(hrefsOf(expected.map(({ slug }) => slug)));
  }
});

test('each topic page lists the articles filed under it', async ({ page }) => {
  const topicSlugs = [...new Set(articles.flatMap((article) => topicsOf(article).map((name) => slugify(name))))];
  await page.goto('/topics/');
  for (const topicSlug of topicSlugs) {
    await expect(page.locator(`main a[href="/topics/${topicSlug}/"]`)).toHaveCount(1);
    await page.goto(`/topics/${topicSlug}/`);
    const expected = articles.filter((article) => topicsOf(article).some((name) => slugify(name) === topicSlug));
    expect(await listedArticles(page)).toEqual(hrefsOf(expected.map(({ slug }) => slug)));
    await page.goto('/topics/');
  }
});

test('the archive by date leads through its months to every article, each once', async ({ page }) => {
  await page.goto('/archive/');
  for (const year of new Set(monthKeys.map((key) => key.slice(0, 4)))) {
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(`^${year}\\b`) })).toBeVisible();
  }
  // Links made to a month's entry before months had pages of their own still land on it.
  for (const key of monthKeys) await expect(page.locator(`#m-${key}`)).toContainText(monthLabel(key));
  const months = await page
    .locator('main a[href^="/archive/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(months).toEqual(monthKeys.map((key) => `/archive/${key}/`));
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
  const newestFirst = sortNewestFirst(articles.map((article) => ({ id: article.slug, ...article })));
  const shown = await page
    .locator('main .article-list a[href^="/articles/"]')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  expect(shown).toEqual(newestFirst.slice(0, NEWEST_ON_HOME).map(({ slug }) => `/articles/${slug}/`));
  for (const path of ['/archive/', '/authors/', '/sources/', '/topics/']) {
    await expect(page.locator(`main a[href="${path}"]`).first()).toBeVisible();
  }
});

test('a list that fits on one page has no page links and no page number in its title', async ({ page }) => {
  const authors = new Set(articles.flatMap(({ data }) => data.authors.map((author) => author.slug)));
  const inTopic = (slug: string) =>
    articles.filter((article) => topicsOf(article).some((name) => slugify(name) === slug));
  const topic = [...new Set(articles.flatMap((article) => topicsOf(article).map((name) => slugify(name))))].find(
    (slug) => inTopic(slug).length <= ARTICLES_PER_PAGE,
  );
  const inMonth = (key: string) => articles.filter(({ data }) => data.publisher.date.startsWith(key));
  const month = monthKeys.find((key) => inMonth(key).length <= ARTICLES_PER_PAGE);
  const short = [
    ...(authors.size <= LIST_PAGE_SIZE ? ['/authors/'] : []),
    ...(topic ? [`/topics/${topic}/`] : []),
    ...(month ? [`/archive/${month}/`] : []),
  ];
  expect(short.length).toBeGreaterThan(0);
  for (const path of short) {
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
