import { expect, test, type Page } from '@playwright/test';
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

for (const { slug, data } of articles) {
  test.describe(`article "${data.title.slice(0, 40)}…"`, () => {
    test('describes itself as a NewsArticle in JSON-LD, matching what the page shows', async ({ page }) => {
      await page.goto(`/articles/${slug}/`);
      const [article, ...others] = await jsonLdOf(page);
      expect(others).toEqual([]);
      expect(article).toMatchObject({
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
      expect((article!.author as { name: string }[]).map((author) => author.name)).toEqual(bylineNames);
      if (data.original) {
        expect(article!.isBasedOn).toMatchObject({ publisher: { name: data.original.name } });
        expect((article!.isBasedOn as { datePublished?: string }).datePublished).toBe(data.original.date);
      } else {
        expect(article).not.toHaveProperty('isBasedOn');
      }
    });

    test('has a description, Open Graph and Twitter tags for sharing', async ({ page }) => {
      await page.goto(`/articles/${slug}/`);
      const description = await metaContent(page, 'name="description"');
      expect(description?.length).toBeGreaterThan(50);
      expect(description!.length).toBeLessThanOrEqual(160);
      expect(await metaContent(page, 'property="og:type"')).toBe('article');
      expect(await metaContent(page, 'property="og:title"')).toBe(data.title);
      expect(await metaContent(page, 'property="og:description"')).toBe(description);
      expect(await metaContent(page, 'property="og:url"')).toBe(absolute(`/articles/${slug}/`));
      expect(await metaContent(page, 'property="article:published_time"')).toBe(data.publisher.date);
      expect(await metaContent(page, 'name="twitter:card"')).toBe('summary');
    });

    test('offers a citation to copy or download', async ({ page, request }) => {
      await page.goto(`/articles/${slug}/`);
      const cite = page.locator('section.cite');
      await expect(cite.getByRole('heading', { name: 'Cite this article' })).toBeVisible();
      const text = await cite.locator('.cite__text').innerText();
      expect(text).toContain(data.publisher.name);
      if (data.original) expect(text).toContain(data.original.name);
      if (data.original) expect(text).toContain(`Republished by ${data.publisher.name}`);
      expect(text).toContain(`Accessed [date]. ${absolute(`/articles/${slug}/`)}.`);
      for (const [extension, opening] of [
        ['bib', `@misc{${slug},`],
        ['ris', 'TY  - NEWS\r\n'],
        ['json', '['],
      ] as const) {
        const link = cite.locator(`a[href="/articles/${slug}/citation.${extension}"]`);
        await expect(link).toHaveAttribute('download', '');
        const response = await request.get(`/articles/${slug}/citation.${extension}`);
        expect(response.ok()).toBe(true);
        expect((await response.text()).startsWith(opening)).toBe(true);
      }
    });
  });
}

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
  for (const path of [
    `/authors/${article.data.authors[0]!.slug}/`,
    `/sources/${article.data.original!.slug}/`,
    `/topics/syria/`,
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
