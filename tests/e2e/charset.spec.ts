import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { DATA_FILES } from '../../src/features/open-data/data-export';
import { loadArticles } from './support/collection';

const articles = loadArticles();
/** The one-page captures, which the site serves as text; a web archive is a download. */
const textCaptures = articles.filter(({ data }) => data.capture.stored === undefined);
const normalized = (text: string) => text.replace(/\r\n?/g, '\n').trimEnd();

test('every text download names UTF-8 as its charset', async ({ request }) => {
  const paths = [
    ...[...DATA_FILES.metadata, ...DATA_FILES.citations, ...DATA_FILES.captures].map((file) => file.path),
    '/rss.xml',
    '/sitemap-index.xml',
    ...textCaptures.map(({ slug }) => `/captures/${slug}.txt`),
  ];
  for (const path of paths) {
    const response = await request.head(path);
    expect.soft(response.status(), path).toBe(200);
    expect.soft(response.headers()['content-type'], path).toMatch(/;\s*charset=utf-8$/i);
  }
});

test('a verbatim capture reads in the browser exactly as its UTF-8 bytes say, whatever script it holds', async ({
  page,
}) => {
  expect(textCaptures.length).toBeGreaterThan(0);
  for (const { slug } of textCaptures) {
    const bytes = readFileSync(join('content', 'captures', `${slug}.txt`));
    await page.goto(`/captures/${slug}.txt`);
    expect.soft(await page.evaluate(() => document.characterSet), slug).toBe('UTF-8');
    const shown = await page.evaluate(() => document.body.textContent ?? '');
    expect.soft(normalized(shown), slug).toBe(normalized(bytes.toString('utf8')));
  }
});
