import { expect, test, type Page } from '@playwright/test';
import { slugify } from '../../src/shared/slug';
import { site } from '../../src/site.config';
import { loadArticles } from './support/collection';

const articles = loadArticles();
const absolute = (path: string) => new URL(path, site.url).href;

type JsonLd = Record<string, unknown> & { '@type': string };

/** Every JSON-LD block on the page, parsed as a search engine would. */
async function jsonLdOf(page: Page): Promise<JsonLd[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as JsonLd);
}

async function metaContent(page: Page, selector: string): Promise<string | null> {
  return page.locator(`head meta[${selector}]`).getAttribute('content');
}

// Each of these walks every article with one page, so the suite does not grow a test per article ingested.
test.describe('every article', () => {
  test.describe.configure({ timeout: 30_000 + articles.length * 10_000 });

  test('describes itself as a NewsArticle in JSON-LD, matching what the page shows', async ({ page }) => {
    for (const { slug, data } of articles) {
      await page.goto(`/articles/${slug}/`);
      const [article, ...others] = await jsonLdOf(page);
      expect.soft(others, slug).toEqual([]);
      expect.soft(article, slug).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: await page.locator('h1').innerText(),
        datePublished: data.publisher.date,
        publisher: { '@type': 'Organization', name: data.publisher.name },
        wordCount: data.wordCount,
        url: await page.locator('link[rel="canonical"]').getAttribute('href'),
        inLanguage: site.language,
      });
      const bylineNames = await page.locator('.byline a').allInnerTexts();
      expect
        .soft(
          (article!.author as { name: string }[]).map((author) => author.name),
          slug,
        )
        .toEqual(bylineNames);
      if (data.original) {
        expect.soft(article!.isBasedOn, slug).toMatchObject({ publisher: { name: data.original.name } });
        expect.soft((article!.isBasedOn as { datePublished?: string }).datePublished, slug).toBe(data.original.date);
      } else {
        expect.soft(article, slug).not.toHaveProperty('isBasedOn');
      }
    }
  });

  test('has a description, Open Graph and Twitter tags for sharing', async ({ page }) => {
    for (const { slug, data } of articles) {
      await page.goto(`/articles/${slug}/`);
      const description = await metaContent(page, 'name="description"');
      expect.soft(description?.length, slug).toBeGreaterThan(50);
      expect.soft(description?.length, slug).toBeLessThanOrEqual(160);
      expect.soft(await metaContent(page, 'property="og:type"'), slug).toBe('article');
      expect.soft(await metaContent(page, 'property="og:title"'), slug).toBe(data.title);
      expect.soft(await metaContent(page, 'property="og:description"'), slug).toBe(description);
      expect.soft(await metaContent(page, 'property="og:url"'), slug).toBe(absolute(`/articles/${slug}/`));
      expect.soft(await metaContent(page, 'property="article:published_time"'), slug).toBe(data.publisher.date);
      expect.soft(await metaContent(page, 'name="twitter:card"'), slug).toBe('summary');
    }
  });

  test('offers a citation to copy or download', async ({ page, request }) => {
    for (const { slug, data } of articles) {
      await page.goto(`/articles/${slug}/`);
      const cite = page.locator('section.cite');
      await expect.soft(cite.getByRole('heading', { name: 'Cite this article' }), slug).toBeVisible();
      const text = await cite.locator('.cite__text').innerText();
      expect.soft(text, slug).toContain(data.publisher.name);
      if (data.original) expect.soft(text, slug).toContain(data.original.name);
      if (data.original) expect.soft(text, slug).toContain(`Republished by ${data.publisher.name}`);
      expect.soft(text, slug).toContain(`Accessed [date]. ${absolute(`/articles/${slug}/`)}.`);
      for (const [extension, opening] of [
        ['bib', `@misc{${slug},`],
        ['ris', 'TY  - NEWS\r\n'],
        ['json', '['],
      ] as const) {
        const link = cite.locator(`a[href="/articles/${slug}/citation.${extension}"]`);
        await expect.soft(link, slug).toHaveAttribute('download', '');
        const response = await request.get(`/articles/${slug}/citation.${extension}`);
        expect.soft(response.ok(), `${slug} citation.${extension}`).toBe(true);
        expect.soft((await response.text()).startsWith(opening), `${slug} citation.${extension}`).toBe(true);
      }
    }
  });
});

test('the copy button copies the citation and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { slug } = articles[0]!;
  await page.goto(`/articles/${slug}/`);
  const button = page.getByRole('button', { name: 'Copy citation' });
  await button.click();
  await expect(page.locator('.cite__status')).toHaveText('Citation copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe((await page.locator('.cite__text').innerText()).trim());
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the citation is there as text and no button pretends to copy it', async ({ page }) => {
    await page.goto(`/articles/${articles[0]!.slug}/`);
    await expect(page.locator('.cite__text')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy citation' })).toBeHidden();
  });
});

test('on paper, the provenance and the citation stay and the copy button and search box go', async ({ page }) => {
  await page.goto(`/articles/${articles[0]!.slug}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.provenance')).toBeVisible();
  await expect(page.locator('.cite__text')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy citation' })).toBeHidden();
  await expect(page.locator('#site-search')).toBeHidden();
});

const LISTINGS = ['/', '/archive/', '/authors/', '/sources/', '/topics/'];

for (const path of LISTINGS) {
  test(`${path} describes itself as a CollectionPage listing what it links to`, async ({ page }) => {
    await page.goto(path);
    const [collection] = await jsonLdOf(page);
    expect(collection).toMatchObject({ '@type': 'CollectionPage', url: absolute(path) });
    const items = (collection!.mainEntity as { itemListElement: { url: string; position: number }[] }).itemListElement;
    expect(items.length).toBeGreaterThan(0);
    expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
    const linked = new Set(
      (await page.locator('main a[href]').evaluateAll((links) => links.map((link) => link.getAttribute('href')!))).map(
        absolute,
      ),
    );
    for (const item of items) expect(linked, item.url).toContain(item.url);
    expect(await metaContent(page, 'property="og:type"')).toBe('website');
  });
}

test('item pages of authors, sources and topics list their articles as a CollectionPage', async ({ page }) => {
  const article = articles.find((candidate) => candidate.data.original)!;
  const { regions, themes, reports } = article.data.topics;
  const topic = [...regions, ...themes, ...reports][0]!;
  for (const path of [
    `/authors/${article.data.authors[0]!.slug}/`,
    `/sources/${article.data.original!.slug}/`,
    `/topics/${slugify(topic)}/`,
  ]) {
    await page.goto(path);
    const [collection] = await jsonLdOf(page);
    expect(collection, path).toMatchObject({ '@type': 'CollectionPage' });
    const urls = (collection!.mainEntity as { itemListElement: { url: string }[] }).itemListElement.map(
      (item) => item.url,
    );
    if (!path.startsWith('/topics/')) expect(urls, path).toContain(absolute(`/articles/${article.slug}/`));
    expect(
      urls.every((url) => url.startsWith(absolute('/articles/'))),
      path,
    ).toBe(true);
  }
});

test('every page links the RSS feed, and the feed lists every article', async ({ page, request }) => {
  await page.goto('/');
  const feedLink = page.locator('head link[rel="alternate"][type="application/rss+xml"]');
  await expect(feedLink).toHaveAttribute('href', '/rss.xml');
  const response = await request.get('/rss.xml');
  expect(response.ok()).toBe(true);
  const xml = await response.text();
  const items = await page.evaluate((source) => {
    const feed = new DOMParser().parseFromString(source, 'application/xml');
    if (feed.querySelector('parsererror')) throw new Error('the feed is not well-formed XML');
    return [...feed.querySelectorAll('item')].map((item) => ({
      title: item.querySelector('title')?.textContent,
      link: item.querySelector('link')?.textContent,
      creators: [...item.getElementsByTagName('dc:creator')].map((creator) => creator.textContent),
    }));
  }, xml);
  expect(items).toHaveLength(articles.length);
  for (const { slug, data } of articles) {
    expect(items).toContainEqual({
      title: data.title,
      link: absolute(`/articles/${slug}/`),
      creators: data.authors.map((author) => author.name),
    });
  }
});

test('the sitemap lists every article and listing but not the not-found page, and robots.txt points at it', async ({
  request,
}) => {
  const robots = await (await request.get('/robots.txt')).text();
  const sitemapIndex = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
  expect(sitemapIndex).toBe(absolute('/sitemap-index.xml'));
  const index = await (await request.get(new URL(sitemapIndex!).pathname)).text();
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
  expect(sitemaps.length).toBeGreaterThan(0);
  const locations = new Set<string>();
  for (const sitemap of sitemaps) {
    const xml = await (await request.get(sitemap)).text();
    for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) locations.add(match[1]!);
  }
  for (const { slug } of articles) expect(locations).toContain(absolute(`/articles/${slug}/`));
  for (const path of [...LISTINGS, '/data/']) expect(locations).toContain(absolute(path));
  expect([...locations].filter((location) => location.includes('404'))).toEqual([]);
});
