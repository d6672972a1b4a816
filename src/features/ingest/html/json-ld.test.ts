import { describe, expect, it } from 'vitest';
import { readJsonLdArticle } from './json-ld';

const json = (value: unknown) => JSON.stringify(value);

describe('readJsonLdArticle', () => {
  it('reads a NewsArticle’s fields', () => {
    const article = readJsonLdArticle([
      json({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Ferry resumes after the flood',
        author: [{ '@type': 'Person', name: 'Mira Castell' }, 'Tomas Reyne'],
        publisher: { '@type': 'Organization', name: 'The Harbour Post' },
        mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://harbour.example/ferry' },
        datePublished: '2016-12-03T09:00:00+01:00',
        dateModified: '2016-12-04T11:00:00+01:00',
        keywords: 'ferries, floods,  harbour ',
        description: 'The crossing reopened on Saturday.',
        copyrightYear: 2016,
        copyrightHolder: { '@type': 'Organization', name: 'Harbour Post Ltd' },
      }),
    ]);
    expect(article).toEqual({
      headline: 'Ferry resumes after the flood',
      authors: ['Mira Castell', 'Tomas Reyne'],
      publisher: 'The Harbour Post',
      url: 'https://harbour.example/ferry',
      datePublished: '2016-12-03T09:00:00+01:00',
      dateModified: '2016-12-04T11:00:00+01:00',
      keywords: ['ferries', 'floods', 'harbour'],
      description: 'The crossing reopened on Saturday.',
      copyright: '© 2016 Harbour Post Ltd',
    });
  });

  it('finds the article in a @graph and follows @id references to its author and publisher', () => {
    const article = readJsonLdArticle([
      json({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', '@id': 'https://x.example/#site', name: 'X' },
          { '@type': 'Organization', '@id': 'https://x.example/#org', name: 'Valley Monitor' },
          {
            '@type': ['Article', 'BlogPosting'],
            headline: 'Orchards in winter',
            author: { '@id': 'https://x.example/#org' },
            publisher: { '@id': 'https://x.example/#org' },
            keywords: ['orchards', 'Winter', 'orchards'],
          },
        ],
      }),
    ]);
    expect(article?.authors).toEqual(['Valley Monitor']);
    expect(article?.publisher).toBe('Valley Monitor');
    expect(article?.keywords).toEqual(['orchards', 'Winter', 'orchards']);
  });

  it('skips a block that is not valid JSON and reads the next', () => {
    const article = readJsonLdArticle([
      '{"@type": "NewsArticle", "headline": "Broken",',
      json({ '@type': 'Article', headline: 'Whole' }),
    ]);
    expect(article?.headline).toBe('Whole');
  });

  it('recognises types written as schema.org addresses and finds an article as a page’s main entity', () => {
    expect(
      readJsonLdArticle([json({ '@type': 'http://schema.org/OpinionNewsArticle', headline: 'A' })])?.headline,
    ).toBe('A');
    const page = { '@type': 'WebPage', mainEntity: { '@type': 'ReportageNewsArticle', headline: 'B' } };
    expect(readJsonLdArticle([json(page)])?.headline).toBe('B');
  });

  it('gives nothing when no block describes an article', () => {
    expect(
      readJsonLdArticle([json({ '@type': 'WebSite', name: 'X' }), 'not json', json([1, 'two', null])]),
    ).toBeUndefined();
    expect(readJsonLdArticle([])).toBeUndefined();
  });

  it('prefers a copyright notice and names a holder without a year', () => {
    const notice = { '@type': 'Article', copyrightNotice: 'All rights reserved', copyrightHolder: 'Someone' };
    expect(readJsonLdArticle([json(notice)])?.copyright).toBe('All rights reserved');
    expect(readJsonLdArticle([json({ '@type': 'Article', copyrightHolder: 'Someone' })])?.copyright).toBe('© Someone');
  });
});
