import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { wholeText } from '../../shared/parted-text';
import {
  ARTICLE_FIELDS,
  articleExport,
  articlesCsv,
  articlesJson,
  articlesJsonLines,
  captureChecksums,
  plainBodyText,
  type ArticleExport,
} from './data-export';
import { sha256Hex } from '../../shared/digest';
import { countWords } from '../../shared/words';
import { foundingArticle, foundingArticles, TEST_SITE } from '../citations/test-support';
import { FOUNDING_CAPTURES } from '../../../tests/fixtures/founding-articles';

/** Every leaf of a record as a dotted path, list items as "[]": authors[].name, topics.regions, original.date. */
function leafPaths(value: unknown, path = ''): string[] {
  if (Array.isArray(value)) {
    const objects = value.filter((item) => item !== null && typeof item === 'object');
    return objects.length === 0 ? [path] : objects.flatMap((item) => leafPaths(item, `${path}[]`));
  }
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leafPaths(child, path ? `${path}.${key}` : key));
  }
  return [path];
}

describe('article metadata export', () => {
  it('exports every frontmatter fact, absent ones as null, with absolute addresses', () => {
    const record = articleExport(foundingArticle('syrian-government'), TEST_SITE);
    expect(record).toMatchObject({
      slug: 'syrian-government-retakes-eastern-aleppo-remaining-islamist-militia-evacuated',
      url: 'https://archive.test/articles/syrian-government-retakes-eastern-aleppo-remaining-islamist-militia-evacuated/',
      authors: [
        { name: 'Bill Van Auken', slug: 'bill-van-auken', url: 'https://archive.test/authors/bill-van-auken/' },
      ],
      publisher: { name: 'Global Research', slug: 'global-research', date: '2016-12-14' },
      original: { name: 'World Socialist Web Site', slug: 'world-socialist-web-site', date: null },
      copyright: 'Copyright © Bill Van Auken, World Socialist Web Site, 2016',
      wordCount: 1334,
      capture: {
        file: 'syrian-government-retakes-eastern-aleppo-remaining-islamist-militia-evacuated.txt',
        bytes: 10318,
        url: 'https://archive.test/captures/syrian-government-retakes-eastern-aleppo-remaining-islamist-militia-evacuated.txt',
      },
    });
    expect(articleExport(foundingArticle('the-liberation-of-aleppo'), TEST_SITE).original).toBeNull();
    expect(articleExport(foundingArticle('al-qaedas-retreat'), TEST_SITE).standfirst).toBeNull();
  });

  it('documents every exported field, and documents nothing that is not exported', () => {
    // The founding articles are Global Research captures; a page of a web archive has the record's fields too.
    const [first] = foundingArticles();
    const fromWebArchive = {
      ...first!,
      data: {
        ...first!.data,
        publisher: { ...first!.data.publisher, url: 'https://outlet.test/a' },
        capture: {
          ...first!.data.capture,
          format: 'warc' as const,
          tool: 'A crawler 1.0',
          capturedAt: '2026-11-30T09:15:02Z',
          stored: 'crawl-0123456789ab.warc.gz',
          record: { id: '<urn:uuid:1>', targetUri: 'https://outlet.test/a', payloadDigest: 'sha1:ABC' },
        },
      },
    };
    const leaves = new Set(
      [...foundingArticles(), fromWebArchive].flatMap((article) => leafPaths(articleExport(article, TEST_SITE))),
    );
    const documented = ARTICLE_FIELDS.map((field) => field.json);
    // A list of objects is documented as "list[]"; an empty one shows up as the bare "list".
    const covers = (doc: string, leaf: string) =>
      doc === leaf || doc === `${leaf}[]` || (doc.endsWith('[]') && leaf.startsWith(`${doc}.`));
    for (const leaf of leaves) {
      // "original" and "capture.record" alone are the null of an article without one; their fields are documented.
      if (leaf === 'original' || leaf === 'capture.record') continue;
      expect(
        documented.some((doc) => covers(doc, leaf)),
        leaf,
      ).toBe(true);
    }
    for (const doc of documented)
      expect(
        [...leaves].some((leaf) => covers(doc, leaf)),
        doc,
      ).toBe(true);
    expect(new Set(ARTICLE_FIELDS.map((field) => field.csv)).size).toBe(ARTICLE_FIELDS.length);
  });

  it('writes articles.json with all five articles, newest first', () => {
    const json = JSON.parse(wholeText(articlesJson(foundingArticles(), TEST_SITE))) as {
      name: string;
      count: number;
      articles: ArticleExport[];
    };
    expect(json.name).toBe(TEST_SITE.name);
    expect(json.count).toBe(5);
    expect(json.articles.map((article) => article.publisher.date)).toEqual([
      '2016-12-28',
      '2016-12-21',
      '2016-12-14',
      '2016-12-13',
      '2016-12-06',
    ]);
  });
});

describe('CSV export', () => {
  it('parses back, under RFC 4180, to one row per article with the documented columns', () => {
    const csv = wholeText(articlesCsv(foundingArticles(), TEST_SITE));
    expect(csv.split('\r\n')[0]).toBe(ARTICLE_FIELDS.map((field) => field.csv).join(','));
    expect(csv).not.toMatch(/[^\r]\n/);
    const rows = parse(csv, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(5);
    const video = rows.find((row) => row.slug?.startsWith('video-on-the-liberation'));
    expect(video).toMatchObject({
      title:
        'Video on the Liberation of Aleppo, “Defeat of Al Qaeda”: Agreed “Safe Withdrawal” of Al Qaeda Rebels from Eastern Party of City',
      authors: 'South Front; Prof Michel Chossudovsky',
      author_slugs: 'south-front; michel-chossudovsky',
      original_name: 'South Front',
      original_date: '',
      standfirst: '',
      word_count: '899',
      removed:
        'source-line=1; copyright-line=1; facebook-link=1; membership-link=1; author-index-link=1; disclaimer=1; fair-use-notice=1; media-inquiries=1; donation-appeal=1',
      repaired: 'split-paragraph-rejoined=1',
    });
  });

  it('quotes cells that hold commas, quotation marks and line breaks, so they read back unchanged', () => {
    const article = foundingArticle('syrian-government');
    const title = 'A "quoted", comma-laden\r\ntitle';
    const csv = wholeText(articlesCsv([{ ...article, data: { ...article.data, title } }], TEST_SITE));
    expect(csv).toContain('"A ""quoted"", comma-laden\r\ntitle"');
    const [row] = parse(csv, { columns: true }) as Record<string, string>[];
    expect(row?.title).toBe(title);
  });
});

describe('JSON Lines export', () => {
  it('holds one article a line, each with its metadata and its full text', () => {
    const lines = wholeText(articlesJsonLines(foundingArticles(), TEST_SITE)).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      const record = JSON.parse(line) as ArticleExport & { text: string };
      expect(record.title).not.toBe('');
      // The ingest counted the standfirst and the body: the exported text holds exactly those words.
      expect(countWords(`${record.standfirst ?? ''}\n${record.text}`)).toBe(record.wordCount);
    }
  });

  it('writes the body as plain text, blocks separated by a blank line', () => {
    expect(
      plainBodyText({ body: '# Heading\n\nSome *emphasis* and a [link](https://x.test).\n\n- one\n- two\n' }),
    ).toBe('Heading\n\nSome emphasis and a link.\n\none\n\ntwo');
  });
});

describe('capture checksums', () => {
  it('list each served capture with the sha256 of its bytes, as sha256sum --check reads them', () => {
    const lines = wholeText(captureChecksums(foundingArticles())).trimEnd().split('\n');
    expect(lines).toHaveLength(5);
    for (const line of lines) {
      const [, sha256, name] = /^([0-9a-f]{64}) {2}(\S+\.txt)$/.exec(line) ?? [];
      expect(name, line).toBeDefined();
      expect(sha256Hex(readFileSync(join(FOUNDING_CAPTURES, name!)))).toBe(sha256);
    }
  });
});
