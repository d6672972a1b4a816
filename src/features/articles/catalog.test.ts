import { describe, expect, it } from 'vitest';
import {
  collectionPeriod,
  compareNewestFirst,
  countLabel,
  groupByAuthor,
  groupByOutlet,
  groupByTopic,
  groupByYearMonth,
  listTopicsByKind,
  neighbourMap,
  preferredName,
  sortNewestFirst,
  topicTitle,
  type ArticleLike,
} from './catalog';
import type { ArticleData } from './schemas/article';

function article(id: string, overrides: Partial<ArticleData> = {}): ArticleLike {
  return {
    id,
    data: {
      title: `Title ${id}`,
      authors: [{ name: 'Moon of Alabama', slug: 'moon-of-alabama' }],
      publisher: { name: 'Global Research', slug: 'global-research', date: '2016-12-10' },
      topics: { regions: [], themes: [], reports: [] },
      wordCount: 100,
      capture: { file: `${id}.txt`, sha256: 'a'.repeat(64), bytes: 10 },
      cleaning: { removed: [], repaired: [] },
      ...overrides,
    },
  };
}

const on = (date: string) => ({ publisher: { name: 'Global Research', slug: 'global-research', date } });
const ids = (articles: readonly ArticleLike[]) => articles.map((a) => a.id);

describe('sortNewestFirst', () => {
  it('orders by republication date, newest first', () => {
    const sorted = sortNewestFirst([
      article('a', on('2016-12-06')),
      article('b', on('2016-12-28')),
      article('c', on('2016-12-13')),
    ]);
    expect(ids(sorted)).toEqual(['b', 'c', 'a']);
  });

  it('breaks same-day ties by title, then by id, whatever the input order', () => {
    const x = article('x', { ...on('2016-12-13'), title: 'Beta' });
    const y = article('y', { ...on('2016-12-13'), title: 'alpha' });
    const z1 = article('z1', { ...on('2016-12-13'), title: 'Gamma' });
    const z2 = article('z2', { ...on('2016-12-13'), title: 'Gamma' });
    expect(ids(sortNewestFirst([z2, x, z1, y]))).toEqual(['y', 'x', 'z1', 'z2']);
    expect(ids(sortNewestFirst([y, z1, z2, x]))).toEqual(['y', 'x', 'z1', 'z2']);
    expect(compareNewestFirst(x, x)).toBe(0);
  });

  it('does not mutate its input', () => {
    const input = [article('a', on('2016-12-01')), article('b', on('2016-12-02'))];
    sortNewestFirst(input);
    expect(ids(input)).toEqual(['a', 'b']);
  });
});

describe('neighbours', () => {
  const articles = [
    article('middle', on('2016-12-13')),
    article('oldest', on('2016-12-06')),
    article('newest', on('2016-12-28')),
  ];

  it('gives the earlier article as prev and the later as next', () => {
    const { prev, next } = neighbourMap(articles).get('middle') ?? {};
    expect(prev?.id).toBe('oldest');
    expect(next?.id).toBe('newest');
  });

  it('has no prev for the oldest and no next for the newest', () => {
    expect(neighbourMap(articles).get('oldest') ?? {}).toEqual({ next: articles[0] });
    expect(neighbourMap(articles).get('newest') ?? {}).toEqual({ prev: articles[0] });
  });

  it('returns nothing for an unknown id or a single article', () => {
    expect(neighbourMap(articles).get('missing') ?? {}).toEqual({});
    expect(neighbourMap([article('only')]).get('only') ?? {}).toEqual({});
  });

  it('links every article into one chain, oldest to newest', () => {
    const many = Array.from({ length: 7 }, (_, i) =>
      article(`a${i}`, { ...on(`2016-12-0${(i % 3) + 1}`), title: `T${i}` }),
    );
    const map = neighbourMap(many);
    let current = sortNewestFirst(many).at(-1);
    const visited: string[] = [];
    while (current) {
      visited.push(current.id);
      current = map.get(current.id)?.next;
    }
    expect(visited).toEqual(ids(sortNewestFirst(many)).reverse());
  });

  it('walks same-day articles in the reverse of the list order, so the chain is complete', () => {
    const sameDay = [
      article('b', { ...on('2016-12-13'), title: 'B' }),
      article('a', { ...on('2016-12-13'), title: 'A' }),
    ];
    // Newest-first list: A, B. Chronological: B, A.
    expect((neighbourMap(sameDay).get('a') ?? {}).prev?.id).toBe('b');
    expect((neighbourMap(sameDay).get('b') ?? {}).next?.id).toBe('a');
  });
});

describe('preferredName', () => {
  it('picks the most common spelling', () => {
    expect(preferredName(['Prof Michel Chossudovsky', 'Michel Chossudovsky', 'Prof Michel Chossudovsky'])).toBe(
      'Prof Michel Chossudovsky',
    );
  });

  it('breaks ties by the shorter spelling, then alphabetically', () => {
    expect(preferredName(['Prof Michel Chossudovsky', 'Michel Chossudovsky'])).toBe('Michel Chossudovsky');
    expect(preferredName(['Bob', 'Abe'])).toBe('Abe');
  });

  it('refuses an empty list', () => {
    expect(() => preferredName([])).toThrow();
  });
});

describe('groupByAuthor', () => {
  const articles = [
    article('video', {
      ...on('2016-12-13'),
      authors: [
        { name: 'South Front', slug: 'south-front' },
        { name: 'Prof Michel Chossudovsky', slug: 'michel-chossudovsky' },
      ],
    }),
    article('later', { ...on('2016-12-20'), authors: [{ name: 'Michel Chossudovsky', slug: 'michel-chossudovsky' }] }),
    article('latest', { ...on('2016-12-28'), authors: [{ name: 'Michel Chossudovsky', slug: 'michel-chossudovsky' }] }),
    article('moa', on('2016-12-06')),
  ];

  it('merges spellings that share a slug, under the most common one', () => {
    const groups = groupByAuthor(articles);
    const michel = groups.find((group) => group.slug === 'michel-chossudovsky');
    expect(michel?.name).toBe('Michel Chossudovsky');
    expect(michel?.otherNames).toEqual(['Prof Michel Chossudovsky']);
    expect(ids(michel?.articles ?? [])).toEqual(['latest', 'later', 'video']);
  });

  it('lists authors alphabetically with their own articles', () => {
    const groups = groupByAuthor(articles);
    expect(groups.map((group) => group.name)).toEqual(['Michel Chossudovsky', 'Moon of Alabama', 'South Front']);
    expect(groups.map((group) => group.articles.length)).toEqual([3, 1, 1]);
    expect(groups[1]?.otherNames).toEqual([]);
  });

  it('files names under their slug, so an honorific does not decide the order', () => {
    const prof = article('p', { authors: [{ name: 'Prof Michel Chossudovsky', slug: 'michel-chossudovsky' }] });
    const moon = article('m', { authors: [{ name: 'Moon of Alabama', slug: 'moon-of-alabama' }] });
    const bill = article('b', { authors: [{ name: 'Bill Van Auken', slug: 'bill-van-auken' }] });
    expect(groupByAuthor([moon, prof, bill]).map((group) => group.name)).toEqual([
      'Bill Van Auken',
      'Prof Michel Chossudovsky',
      'Moon of Alabama',
    ]);
  });

  it('counts an article once even when two credits on it share a slug', () => {
    const twice = article('twice', {
      authors: [
        { name: 'Tim Anderson', slug: 'tim-anderson' },
        { name: 'Prof. Tim Anderson', slug: 'tim-anderson' },
      ],
    });
    const [group] = groupByAuthor([twice]);
    expect(group?.articles).toHaveLength(1);
    expect(group?.otherNames).toEqual(['Prof. Tim Anderson']);
  });
});

describe('groupByOutlet', () => {
  const articles = [
    article('a', {
      ...on('2016-12-28'),
      original: { name: 'Moon of Alabama', slug: 'moon-of-alabama', date: '2016-12-27' },
    }),
    article('b', {
      ...on('2016-12-06'),
      original: { name: 'Moon Of Alabama', slug: 'moon-of-alabama', date: '2016-12-05' },
    }),
    article('c', {
      ...on('2016-12-14'),
      original: { name: 'World Socialist Web Site', slug: 'world-socialist-web-site' },
    }),
    article('d', on('2016-12-21')),
  ];

  it('groups by the outlet where each piece first appeared: the original, or else the publisher itself', () => {
    const groups = groupByOutlet(articles);
    expect(groups.map((group) => group.slug)).toEqual([
      'global-research',
      'moon-of-alabama',
      'world-socialist-web-site',
    ]);
    expect(ids(groups[1]?.articles ?? [])).toEqual(['a', 'b']);
    expect(ids(groups[0]?.articles ?? [])).toEqual(['d']);
  });

  it('records other spellings of an outlet', () => {
    const [, moon] = groupByOutlet(articles);
    expect(moon?.name).toBe('Moon Of Alabama');
    expect(moon?.otherNames).toEqual(['Moon of Alabama']);
  });
});

describe('topics', () => {
  const topics = (regions: string[], themes: string[], reports: string[]) => ({ topics: { regions, themes, reports } });
  const articles = [
    article('a', {
      ...on('2016-12-28'),
      ...topics(['Middle East & North Africa'], ['Terrorism', 'US NATO War Agenda'], ['SYRIA']),
    }),
    article('b', { ...on('2016-12-06'), ...topics(['Middle East & North Africa', 'Syria'], ['Terrorism'], []) }),
    article('c', { ...on('2016-12-13'), ...topics([], [], ['SYRIA']) }),
  ];

  it('gives one page per slug, combining kinds that share it', () => {
    const pages = groupByTopic(articles);
    expect(pages.map((page) => page.slug)).toEqual([
      'middle-east-and-north-africa',
      'syria',
      'terrorism',
      'us-nato-war-agenda',
    ]);
    const syria = pages.find((page) => page.slug === 'syria');
    expect(syria?.entries).toEqual([
      { kind: 'regions', slug: 'syria', name: 'Syria', count: 1 },
      { kind: 'reports', slug: 'syria', name: 'SYRIA', count: 2 },
    ]);
    expect(ids(syria?.articles ?? [])).toEqual(['a', 'c', 'b']);
    expect(topicTitle(syria?.entries ?? [])).toBe('Syria');
  });

  it('lists topics by kind with counts, leaving out empty kinds', () => {
    const byKind = listTopicsByKind(articles);
    expect(byKind.map((group) => group.kind)).toEqual(['regions', 'themes', 'reports']);
    expect(byKind[0]?.topics.map((t) => [t.name, t.count])).toEqual([
      ['Middle East & North Africa', 2],
      ['Syria', 1],
    ]);
    expect(byKind[1]?.topics.map((t) => [t.name, t.count])).toEqual([
      ['Terrorism', 2],
      ['US NATO War Agenda', 1],
    ]);
    expect(listTopicsByKind([article('x')])).toEqual([]);
  });

  it('joins genuinely different names in a title', () => {
    expect(
      topicTitle([
        { kind: 'regions', slug: 'x', name: 'Middle East', count: 1 },
        { kind: 'themes', slug: 'x', name: 'Middle-East', count: 1 },
      ]),
    ).toBe('Middle East / Middle-East');
  });
});

describe('groupByYearMonth', () => {
  it('groups by year and month, newest first, with counts', () => {
    const years = groupByYearMonth([
      article('a', on('2016-12-28')),
      article('b', on('2017-01-02')),
      article('c', on('2016-11-30')),
      article('d', on('2016-12-06')),
    ]);
    expect(years.map((y) => [y.year, y.count])).toEqual([
      [2017, 1],
      [2016, 3],
    ]);
    expect(years[1]?.months.map((m) => [m.key, m.label, ids(m.articles)])).toEqual([
      ['2016-12', 'December 2016', ['a', 'd']],
      ['2016-11', 'November 2016', ['c']],
    ]);
    expect(groupByYearMonth([])).toEqual([]);
  });
});

describe('collectionPeriod', () => {
  it('names one month, a span within a year, or a span across years', () => {
    expect(collectionPeriod([article('a', on('2016-12-06')), article('b', on('2016-12-28'))])).toBe('December 2016');
    expect(collectionPeriod([article('a', on('2016-11-06')), article('b', on('2016-12-28'))])).toBe(
      'November–December 2016',
    );
    expect(collectionPeriod([article('a', on('2017-01-02')), article('b', on('2016-12-28'))])).toBe(
      'December 2016 – January 2017',
    );
    expect(collectionPeriod([])).toBeNull();
  });
});

describe('countLabel', () => {
  it('pluralises', () => {
    expect(countLabel(1, 'article')).toBe('1 article');
    expect(countLabel(0, 'article')).toBe('0 articles');
    expect(countLabel(1200, 'article')).toBe('1,200 articles');
    expect(countLabel(2, 'entry', 'entries')).toBe('2 entries');
  });
});
