import { describe, expect, it } from 'vitest';
import { addressFor, MAX_ADDRESS_LENGTH, paramsFromRequest, requestFromParams } from './url-state';

describe('search URL state', () => {
  it('reads the query, filters and sort from the URL', () => {
    const request = requestFromParams(
      new URLSearchParams('q=white+helmets&topic=syria&topic=terrorism&year=2016&sort=date'),
    );
    expect(request).toEqual({
      query: 'white helmets',
      filters: { author: [], source: [], topic: ['syria', 'terrorism'], year: ['2016'] },
      sort: 'date',
    });
  });

  it('writes a canonical URL that reads back to the same search', () => {
    const request = requestFromParams(new URLSearchParams('year=2016&q=kirby&author=b&author=a'));
    const params = paramsFromRequest(request);
    expect(params.toString()).toBe('q=kirby&author=a&author=b&year=2016');
    expect(requestFromParams(params)).toEqual(request);
  });

  it('falls back to relevance for an unknown sort and drops empty filters', () => {
    expect(requestFromParams(new URLSearchParams('q=x&sort=bogus&author='))).toMatchObject({
      sort: 'relevance',
      filters: { author: [] },
    });
  });
});

describe('search addresses stay shareable', () => {
  const ORIGIN = 'https://archive.test';
  const empty = { author: [], source: [], topic: [], year: [] };
  const request = (query: string, topic: string[] = []) => ({
    query,
    filters: { ...empty, topic },
    sort: 'relevance' as const,
  });

  it('writes a short search whole', () => {
    expect(addressFor(request('aleppo -kirby'), '/search/', ORIGIN)).toEqual({ url: '/search/?q=aleppo+-kirby' });
  });

  it('cuts a 6,000-character search at a space so the address is at most 2,048 characters, keeping the filters', () => {
    const words = Array.from({ length: 1000 }, (_, n) => `w${n}ord`).join(' ');
    expect(words.length).toBeGreaterThan(6000);
    const { url, shortenedQuery } = addressFor(request(words, ['syria']), '/search/', ORIGIN);
    expect(ORIGIN.length + url.length).toBeLessThanOrEqual(MAX_ADDRESS_LENGTH);
    expect(ORIGIN.length + url.length).toBeGreaterThan(MAX_ADDRESS_LENGTH - 20);
    expect(words.startsWith(`${shortenedQuery!} `)).toBe(true);
    expect(requestFromParams(new URL(url, ORIGIN).searchParams)).toEqual(request(shortenedQuery!, ['syria']));
  });

  it('counts the address as encoded: Arabic takes six characters a letter', () => {
    const arabic = 'حلب '.repeat(2000);
    const { url, shortenedQuery } = addressFor(request(arabic), '/search/', ORIGIN);
    expect(ORIGIN.length + url.length).toBeLessThanOrEqual(MAX_ADDRESS_LENGTH);
    expect(shortenedQuery!.split(' ').every((word) => word === 'حلب')).toBe(true);
  });

  it('cuts one very long word inside it, since there is no space to cut at', () => {
    const { url, shortenedQuery } = addressFor(request('x'.repeat(6000)), '/search/', ORIGIN);
    expect(ORIGIN.length + url.length).toBe(MAX_ADDRESS_LENGTH);
    expect(shortenedQuery).toMatch(/^x+$/);
  });
});
