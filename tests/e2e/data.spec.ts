import { createHash } from 'node:crypto';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { ARTICLE_FIELDS, DATA_FILES } from '../../src/features/open-data/data-export';
import { site } from '../../src/site.config';
import { loadArticles } from './support/collection';

const articles = loadArticles();
const slugs = articles.map((article) => article.slug).sort();
const articleUrls = slugs.map((slug) => new URL(`/articles/${slug}/`, site.url).href);

test('the data page describes every field and links every download', async ({ page }) => {
  await page.goto('/data/');
  await expect(page.locator('h1')).toHaveText('Data');
  const fields = page.getByRole('table', { name: /fields/ });
  for (const field of ARTICLE_FIELDS) {
    await expect(fields.getByRole('rowheader', { name: field.json, exact: true })).toBeVisible();
    await expect(fields.getByRole('cell', { name: field.csv, exact: true })).toBeVisible();
  }
  for (const file of [...DATA_FILES.metadata, ...DATA_FILES.citations, ...DATA_FILES.captures]) {
    await expect(page.locator(`main a[href="${file.path}"]`)).toHaveAttribute('download', '');
  }
  const captures = page.getByRole('table', { name: /captures/ });
  for (const { slug, data } of articles) {
    const row = captures.getByRole('row').filter({ has: page.locator(`a[href="/captures/${slug}.txt"]`) });
    await expect(row).toContainText(data.capture.sha256);
    await expect(row).toContainText(data.capture.bytes.toLocaleString('en-GB'));
  }
  await expect(page.locator('head script[type="application/ld+json"]')).toHaveCount(1);
});

test('articles.json holds every article’s metadata, its address and its word count', async ({ request }) => {
  const json = (await (await request.get('/data/articles.json')).json()) as {
    count: number;
    articles: { slug: string; url: string; title: string; wordCount: number }[];
  };
  expect(json.count).toBe(articles.length);
  expect(json.articles.map((article) => article.slug).sort()).toEqual(slugs);
  expect(json.articles.map((article) => article.url).sort()).toEqual(articleUrls);
  for (const { slug, data } of articles) {
    expect(json.articles.find((article) => article.slug === slug)).toMatchObject({
      title: data.title,
      wordCount: data.wordCount,
    });
  }
});

test('articles.csv parses as RFC 4180 into one row per article with the documented columns', async ({ request }) => {
  const response = await request.get('/data/articles.csv');
  expect(response.ok()).toBe(true);
  const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(articles.length);
  expect(Object.keys(rows[0]!)).toEqual(ARTICLE_FIELDS.map((field) => field.csv));
  expect(rows.map((row) => row.slug).sort()).toEqual(slugs);
  for (const { slug, data } of articles) {
    expect(rows.find((row) => row.slug === slug)).toMatchObject({
      title: data.title,
      word_count: String(data.wordCount),
      authors: data.authors.map((author) => author.name).join('; '),
    });
  }
});

test('articles.jsonl holds one article a line, each with its full text', async ({ request, page }) => {
  const lines = (await (await request.get('/data/articles.jsonl')).text()).trimEnd().split('\n');
  expect(lines).toHaveLength(articles.length);
  const records = lines.map((line) => JSON.parse(line) as { slug: string; text: string });
  expect(records.map((record) => record.slug).sort()).toEqual(slugs);
  // The text is the article page's body, paragraph for paragraph.
  const record = records[0]!;
  await page.goto(`/articles/${record.slug}/`);
  const firstParagraph = await page.locator('.prose p').first().innerText();
  expect(record.text.split('\n\n')).toContain(firstParagraph.replace(/\s+/g, ' ').trim());
});

test('the collection citations parse into one reference per article', async ({ request }) => {
  const bibtex = new Cite(await (await request.get('/data/citations.bib')).text()).data;
  expect(bibtex.map((entry) => entry['citation-key']).sort()).toEqual(slugs);
  const ris = new Cite(await (await request.get('/data/citations.ris')).text()).data;
  expect(ris.map((entry) => entry.id).sort()).toEqual(slugs);
  const csl = (await (await request.get('/data/citations.json')).json()) as { id: string; URL: string }[];
  expect(csl.map((item) => item.id).sort()).toEqual(slugs);
  expect(csl.map((item) => item.URL).sort()).toEqual(articleUrls);
});

test('the capture checksum list matches the captures the site serves', async ({ request }) => {
  const lines = (await (await request.get('/data/captures-sha256.txt')).text()).trimEnd().split('\n');
  expect(lines).toHaveLength(articles.length);
  for (const line of lines) {
    const [, sha256, name] = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line) ?? [];
    const capture = await request.get(`/captures/${name}`);
    expect(capture.ok(), line).toBe(true);
    expect(
      createHash('sha256')
        .update(await capture.body())
        .digest('hex'),
    ).toBe(sha256);
  }
});
