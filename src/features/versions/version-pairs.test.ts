import { describe, expect, it } from 'vitest';
import type { ArticleLike } from '../articles/catalog';
import type { ArticleData } from '../articles/schemas/article';
import { compareUrl } from '../../shared/urls';
import { compareEarlierFirst, laterLabel, versionOutlet, versionPair, versionPairs } from './version-pairs';

const data: ArticleData = {
  title: 'The Ferry That Stopped',
  authors: [{ name: 'Ada Fenwick', slug: 'ada-fenwick' }],
  publisher: { name: 'Oskerby Courier', slug: 'oskerby-courier', date: '2016-12-03' },
  topics: { regions: [], themes: [], reports: [] },
  wordCount: 80,
  capture: { file: 'x.txt', sha256: 'a'.repeat(64), bytes: 10 },
  cleaning: { removed: [], repaired: [] },
};

/** An outlet's own article (no `original`) or, with `original`, a republication. */
function article(id: string, date: string, republishedFrom?: string): ArticleLike {
  return {
    id,
    data: {
      ...data,
      publisher: republishedFrom
        ? { name: 'Global Research', slug: 'global-research', date }
        : { ...data.publisher, date },
      ...(republishedFrom ? { original: { name: republishedFrom, slug: 'oskerby-courier' } } : {}),
    },
  };
}

const courier = article('courier', '2016-12-03');
const sameDayRepublication = article('a-same-day', '2016-12-03', 'Oskerby Courier');
const laterRepublication = article('gr', '2016-12-05', 'Oskerby Courier');
const secondRepublication = article('another', '2016-12-09', 'Oskerby Courier');

describe('compareEarlierFirst', () => {
  it('orders by date, then the outlet’s own article before a republication, then by id', () => {
    const sorted = [secondRepublication, laterRepublication, sameDayRepublication, courier].sort(compareEarlierFirst);
    expect(sorted.map(({ id }) => id)).toEqual(['courier', 'a-same-day', 'gr', 'another']);
    const b = article('b', '2016-12-03');
    const a = article('a', '2016-12-03');
    expect([b, a].sort(compareEarlierFirst).map(({ id }) => id)).toEqual(['a', 'b']);
  });
});

describe('laterLabel', () => {
  it('calls a republication of an outlet’s own article the republication, anything else the later version', () => {
    expect(laterLabel(courier, laterRepublication)).toBe('the republication');
    expect(laterLabel(laterRepublication, secondRepublication)).toBe('the later version');
    expect(laterLabel(courier, article('courier-update', '2016-12-04'))).toBe('the later version');
  });
});

describe('versionOutlet', () => {
  it('names the publisher, and the outlet that first published a republication', () => {
    expect(versionOutlet(courier)).toBe('Oskerby Courier');
    expect(versionOutlet(laterRepublication)).toBe('Global Research, first published by Oskerby Courier');
  });
});

describe('versionPair', () => {
  it('puts the earlier first whichever way it is asked, and links the pair', () => {
    const pair = versionPair(laterRepublication, courier);
    expect(pair.earlier).toBe(courier);
    expect(pair.later).toBe(laterRepublication);
    expect(pair.url).toBe('/compare/courier/gr/');
    expect(pair.url).toBe(compareUrl('courier', 'gr'));
  });
});

describe('versionPairs', () => {
  it('gives every pair of each group, earlier first, whatever the input order', () => {
    const lone = article('lone', '2016-12-01');
    const articles = [secondRepublication, lone, courier, laterRepublication];
    const groups = new Map([
      ['courier', ['gr', 'another']],
      ['gr', ['courier', 'another']],
      ['another', ['courier', 'gr']],
      ['lone', []],
    ]);
    const pairs = versionPairs(articles, groups);
    expect(pairs.map(({ url, laterLabel }) => [url, laterLabel])).toEqual([
      ['/compare/courier/gr/', 'the republication'],
      ['/compare/courier/another/', 'the republication'],
      ['/compare/gr/another/', 'the later version'],
    ]);
    expect(versionPairs([...articles].reverse(), groups)).toEqual(pairs);
  });

  it('leaves out ids it has no article for', () => {
    expect(versionPairs([courier], new Map([['courier', ['missing']]]))).toEqual([]);
  });
});
