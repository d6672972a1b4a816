import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { paragraphsOfMarkdown } from '../markdown/paragraph-anchors';
import {
  articleDescription,
  collectionPageJsonLd,
  datasetJsonLd,
  newsArticleJsonLd,
  socialMetaTags,
} from './structured-data';
import { foundingArticle, foundingArticles, TEST_SITE } from '../citations/test-support';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const absoluteUrl = z.url().startsWith(`${TEST_SITE.url}/`);
const named = (type: string) => z.looseObject({ '@type': z.literal(type), name: z.string().min(1) });
const credit = z.looseObject({
  '@type': z.enum(['Person', 'Organization']),
  name: z.string().min(1),
  url: absoluteUrl,
});

/**
 * The schema check: the properties schema.org and search engines require or recommend for a NewsArticle,
 * with the types they expect.
 */
const newsArticleSchema = z.looseObject({
  '@context': z.literal('https://schema.org'),
  '@type': z.literal('NewsArticle'),
  headline: z.string().min(1),
  description: z.string().min(1).max(161),
  author: z.array(credit).min(1),
  datePublished: isoDate,
  publisher: named('Organization'),
  isBasedOn: z
    .looseObject({
      '@type': z.literal('NewsArticle'),
      headline: z.string().min(1),
      publisher: named('Organization'),
      datePublished: isoDate.optional(),
    })
    .optional(),
  keywords: z.array(z.string().min(1)).min(1),
  wordCount: z.number().int().positive(),
  url: absoluteUrl,
  mainEntityOfPage: z.strictObject({ '@type': z.literal('WebPage'), '@id': absoluteUrl }),
  inLanguage: z.string().min(2),
});

describe('NewsArticle JSON-LD', () => {
  it('passes the schema check for every founding article', () => {
    for (const article of foundingArticles()) {
      const ld = newsArticleSchema.parse(newsArticleJsonLd(article, TEST_SITE));
      expect(ld.headline).toBe(article.data.title);
      expect(ld.url).toBe(`${TEST_SITE.url}/articles/${article.id}/`);
      expect(ld.mainEntityOfPage['@id']).toBe(ld.url);
      expect(ld.wordCount).toBe(article.data.wordCount);
      expect(ld.datePublished).toBe(article.data.publisher.date);
      expect(ld.publisher.name).toBe(article.data.publisher.name);
    }
  });

  it('is based on the original outlet’s publication, with its day where the capture states it', () => {
    const dated = newsArticleJsonLd(foundingArticle('al-qaedas-retreat'), TEST_SITE);
    expect(dated.isBasedOn).toMatchObject({
      '@type': 'NewsArticle',
      publisher: { '@type': 'Organization', name: 'Moon of Alabama' },
      datePublished: '2016-12-05',
    });
    const undated = newsArticleJsonLd(foundingArticle('syrian-government'), TEST_SITE);
    expect(undated.isBasedOn).toMatchObject({ publisher: { name: 'World Socialist Web Site' } });
    expect(undated.isBasedOn).not.toHaveProperty('datePublished');
    expect(newsArticleJsonLd(foundingArticle('the-liberation-of-aleppo'), TEST_SITE)).not.toHaveProperty('isBasedOn');
  });

  it('credits an outlet writing under its own name as an Organization and people as Persons', () => {
    const ld = newsArticleJsonLd(foundingArticle('video-on-the-liberation'), TEST_SITE);
    expect(ld.author).toEqual([
      { '@type': 'Organization', name: 'South Front', url: `${TEST_SITE.url}/authors/south-front/` },
      { '@type': 'Person', name: 'Prof Michel Chossudovsky', url: `${TEST_SITE.url}/authors/michel-chossudovsky/` },
    ]);
  });
});

describe('meta description', () => {
  /** A description cut from `source`: at most 160 characters, ending with an ellipsis at a word boundary. */
  function expectCutAtWord(description: string, source: string) {
    expect(description.length).toBeLessThanOrEqual(160);
    expect(description.endsWith('…')).toBe(true);
    expect(source.startsWith(description.slice(0, -1))).toBe(true);
    expect(source.charAt(description.length - 1)).toMatch(/[\s,;:.]/);
  }

  it('is the standfirst when there is one, cut at a word near 160 characters', () => {
    const article = foundingArticle('the-liberation-of-aleppo');
    expectCutAtWord(articleDescription(article), article.data.standfirst!);
  });

  it('is the opening paragraphs when there is no standfirst, the first one continued while it is short', () => {
    const article = foundingArticle('al-qaedas-retreat');
    expect(article.data.standfirst).toBeUndefined();
    const description = articleDescription(article);
    const [first, second] = paragraphsOfMarkdown(article.body);
    expect(description.startsWith(`${first!.text} ${second!.text}`)).toBe(true);
    expectCutAtWord(
      description,
      paragraphsOfMarkdown(article.body)
        .map((paragraph) => paragraph.text)
        .join(' '),
    );
  });

  it('is kept whole when it is short', () => {
    const article = foundingArticle('al-qaedas-retreat');
    expect(articleDescription({ ...article, data: { ...article.data, standfirst: 'A short summary.' } })).toBe(
      'A short summary.',
    );
  });
});

describe('CollectionPage JSON-LD', () => {
  it('lists the pages in order, numbered from one, at absolute addresses', () => {
    const ld = collectionPageJsonLd(
      {
        name: 'Authors',
        description: 'Everyone credited.',
        path: '/authors/',
        items: [
          { name: 'Bill Van Auken', path: '/authors/bill-van-auken/' },
          { name: 'Moon of Alabama', path: '/authors/moon-of-alabama/' },
        ],
      },
      TEST_SITE,
    );
    expect(ld).toMatchObject({
      '@type': 'CollectionPage',
      url: 'https://archive.test/authors/',
      mainEntity: {
        '@type': 'ItemList',
        numberOfItems: 2,
        itemListElement: [
          { '@type': 'ListItem', position: 1, url: 'https://archive.test/authors/bill-van-auken/' },
          { '@type': 'ListItem', position: 2, name: 'Moon of Alabama' },
        ],
      },
    });
  });

  it('describes the data downloads as a Dataset', () => {
    const ld = datasetJsonLd(
      { name: 'Data', description: 'Files.', path: '/data/', files: [{ path: '/data/a.csv', mediaType: 'text/csv' }] },
      TEST_SITE,
    );
    expect(ld.distribution).toEqual([
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: 'https://archive.test/data/a.csv' },
    ]);
  });
});

describe('share tags', () => {
  it('describe an article page as an article, with its date, authors and topics', () => {
    const article = foundingArticle('video-on-the-liberation');
    const tags = socialMetaTags({ title: 'T', description: 'D', path: `/articles/${article.id}/`, article }, TEST_SITE);
    const values = (key: string) => tags.filter((tag) => tag.key === key).map((tag) => tag.content);
    expect(values('og:type')).toEqual(['article']);
    expect(values('og:url')).toEqual([`https://archive.test/articles/${article.id}/`]);
    expect(values('article:published_time')).toEqual(['2016-12-13']);
    expect(values('article:author')).toHaveLength(2);
    expect(values('article:tag')).toContain('SYRIA');
    expect(values('twitter:card')).toEqual(['summary']);
    expect(tags.find((tag) => tag.key === 'twitter:title')?.attribute).toBe('name');
  });

  it('describe any other page as a website', () => {
    const tags = socialMetaTags({ title: 'Authors', description: 'D', path: '/authors/' }, TEST_SITE);
    expect(tags.find((tag) => tag.key === 'og:type')?.content).toBe('website');
    expect(tags.some((tag) => tag.key.startsWith('article:'))).toBe(false);
  });
});
