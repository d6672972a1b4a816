import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type IndexableArticle } from './build-index';
import { SearchEngine } from './engine';
import { memorySource } from './memory-source';
import { lexiconShardOf } from './shards';
import type { SearchRequest } from './types';

const article = (slug: string, date: string, fields: Partial<IndexableArticle>): IndexableArticle => ({
  slug,
  title: `Untitled ${slug}`,
  authors: [{ name: 'Staff Writer', slug: 'staff-writer' }],
  date,
  publisher: { name: 'Global Research', slug: 'global-research' },
  topics: [],
  blocks: ['Filler text about the weather and the markets.'],
  ...fields,
});

const CORPUS: IndexableArticle[] = [
  article('kirby-in-title', '2016-12-10', {
    title: 'Kirby speaks on Aleppo',
    blocks: ['The spokesman met reporters.'],
  }),
  article('kirby-in-body', '2016-12-20', {
    blocks: ['Aleppo fell this week.', 'At the end, the spokesman John Kirby told reporters it would go on.'],
  }),
  article('halabja', '2016-12-14', {
    authors: [{ name: 'Bill Van Auken', slug: 'bill-van-auken' }],
    outlet: { name: 'World Socialist Web Site', slug: 'world-socialist-web-site' },
    topics: [{ name: 'Terrorism', slug: 'terrorism' }],
    blocks: ['Power named Halabja, Rwanda, Srebrenica and now Aleppo.', 'The so-called moderate rebels were armed.'],
  }),
  article('tias', '2016-12-13', {
    authors: [{ name: 'South Front', slug: 'south-front' }],
    topics: [{ name: 'Terrorism', slug: 'terrorism' }],
    blocks: [
      'The Tias Airbase is a key defence locality.',
      'Erdoğan and al-Nusra were mentioned. Rebels were moderate in name.',
    ],
  }),
  article('older', '2015-06-01', { blocks: ['Aleppo in an older year.'] }),
];

function engineFor(articles: IndexableArticle[]): SearchEngine {
  return new SearchEngine(memorySource(buildSearchIndex(articles)));
}

const engine = engineFor(CORPUS);
const request = (query: string, extra: Partial<SearchRequest> = {}): SearchRequest => ({
  query,
  filters: { author: [], source: [], topic: [], year: [] },
  sort: 'relevance',
  ...extra,
});

async function slugs(query: string, extra: Partial<SearchRequest> = {}): Promise<string[]> {
  const { hits } = await engine.search(request(query, extra));
  return (await engine.summaries(hits.map((hit) => hit.docId))).map((summary) => summary.slug);
}

describe('search engine on a small fixed corpus', () => {
  it('ranks a title match before a body match', async () => {
    expect(await slugs('kirby ')).toEqual(['kirby-in-title', 'kirby-in-body']);
  });

  it('finds a word in the last paragraph', async () => {
    expect(await slugs('reporters ')).toContain('kirby-in-body');
  });

  it('requires every word, in any field', async () => {
    expect(await slugs('bill halabja ')).toEqual(['halabja']);
    expect(await slugs('kirby halabja ')).toEqual([]);
  });

  it('forgives one typo in a word of five letters or more', async () => {
    expect(await slugs('halabya ')).toEqual(['halabja']);
  });

  it('forgives one typo in a four-letter word, but not in shorter ones', async () => {
    expect(await slugs('tyas ')).toEqual(['tias']);
    const short = engineFor([article('war', '2016-01-01', { blocks: ['The war went on.'] })]);
    expect((await short.search(request('wor '))).hits).toEqual([]);
  });

  it('ranks an exact match before a typo match', async () => {
    const many = engineFor([
      article('exact', '2016-01-01', { blocks: ['The rebels moved.'] }),
      article('typo', '2016-02-01', { blocks: ['The rebel moved.'] }),
    ]);
    const { hits } = await many.search(request('rebels '));
    expect((await many.summaries(hits.map((hit) => hit.docId))).map((doc) => doc.slug)).toEqual(['exact', 'typo']);
  });

  it('ranks an exact match before a typo match even when the typo is the rarer word', async () => {
    // "rebels" is in every article, "rebel" in one: its higher idf must not lift the typo above the exact word.
    const many = engineFor([
      article('exact-1', '2016-01-01', { blocks: ['The rebels moved.'] }),
      article('exact-2', '2016-01-02', { blocks: ['The rebels stayed.'] }),
      article('exact-3', '2016-01-03', { blocks: ['The rebels left.'] }),
      article('typo', '2016-02-01', { blocks: ['The rebels and every rebel moved.'] }),
      article('typo-only', '2016-02-02', { blocks: ['One rebel moved.'] }),
    ]);
    const { hits } = await many.search(request('rebels '));
    const order = (await many.summaries(hits.map((hit) => hit.docId))).map((doc) => doc.slug);
    expect(order.at(-1)).toBe('typo-only');
  });

  it('ignores diacritics and punctuation in queries and text', async () => {
    expect(await slugs('erdogan ')).toEqual(['tias']);
    expect(await slugs('Erdoğan ')).toEqual(['tias']);
    expect(await slugs('al-nusra ')).toEqual(['tias']);
  });

  it('matches a quoted phrase exactly, not the same words apart', async () => {
    expect(await slugs('"moderate rebels"')).toEqual(['halabja']);
    expect(await slugs('moderate rebels ')).toEqual(expect.arrayContaining(['halabja', 'tias']));
  });

  it('leaves out articles with an excluded word', async () => {
    expect(await slugs('aleppo -kirby')).toEqual(expect.not.arrayContaining(['kirby-in-title', 'kirby-in-body']));
    expect((await slugs('aleppo -kirby')).length).toBeGreaterThan(0);
  });

  it('matches the word being typed as a prefix', async () => {
    expect(await slugs('halab')).toEqual(['halabja']);
    expect(await slugs('halab ')).toEqual([]);
  });

  it('puts equal scores newest first, and sorts by date on request', async () => {
    expect(await slugs('aleppo ', { sort: 'date' })).toEqual(['kirby-in-body', 'halabja', 'kirby-in-title', 'older']);
  });

  it('narrows by filters and counts each facet before its own selection', async () => {
    const response = await engine.search(
      request('aleppo ', { filters: { author: [], source: [], topic: [], year: ['2015'] } }),
    );
    expect(response.hits).toHaveLength(1);
    const years = Object.fromEntries(response.facets.year.map((value) => [value.key, [value.count, value.selected]]));
    expect(years).toEqual({ '2016': [3, false], '2015': [1, true] });
  });

  it('lists every article a filter allows when there are no words', async () => {
    expect(await slugs('', { filters: { author: [], source: [], topic: ['terrorism'], year: [] } })).toEqual([
      'halabja',
      'tias',
    ]);
    expect(await slugs('')).toEqual([]);
  });

  it('reports which vocabulary terms matched, for highlighting', async () => {
    const { hits } = await engine.search(request('halabya'));
    expect(hits[0]!.matchedTerms).toContain('halabja');
  });
});

describe('typo neighbours of a word that exists', () => {
  it('keeps a variant spelling no commoner than the word, and drops a commoner different word', async () => {
    const corpus = engineFor([
      article('helmets', '2016-01-01', { blocks: ['White Helmets did rescue work while others watched.'] }),
      article('tyas', '2016-01-02', {
        blocks: ['Near the Tyas Airbase.', 'Back to the Tias Airbase while shelling went on.'],
      }),
      article('while-1', '2016-01-03', { blocks: ['It rained while they waited.'] }),
      article('while-2', '2016-01-04', { blocks: ['Quiet while the talks went on.'] }),
    ]);
    const hitFor = async (query: string) => (await corpus.search(request(query))).hits[0]!;
    expect((await hitFor('white helmets ')).matchedTerms).not.toContain('while');
    expect((await hitFor('tyas ')).matchedTerms).toEqual(expect.arrayContaining(['tyas', 'tias']));
  });
});

describe('a failed index fetch', () => {
  it('is asked for again by the next search instead of failing for good', async () => {
    let failures = 1;
    const flaky = new SearchEngine(
      memorySource(buildSearchIndex(CORPUS), (path) => {
        if (path.startsWith('shards/') && failures-- > 0) throw new Error('network down');
      }),
    );
    // "aleppo" is in more documents than keep their postings in their lexicon entry, so its shard is fetched.
    await expect(flaky.search(request('aleppo '))).rejects.toThrow('network down');
    expect((await flaky.search(request('aleppo '))).hits).toHaveLength(4);
  });
});

describe('fetching as the reader types', () => {
  it('loads the shard of a word once, at its first letters, however many keys follow, and no file twice', async () => {
    // Enough made-up words that the vocabulary spans many word shards.
    const syllables = ['ba', 'ko', 'ri', 'zu', 'me', 'ta', 'lo', 'ni'];
    const words = syllables.flatMap((a) => syllables.flatMap((b) => syllables.map((c) => `${a}${b}${c}`)));
    // Each word in three articles: a rarer one would keep its postings in its lexicon entry and need no shard.
    const articles = words.flatMap((word, index) =>
      [0, 1, 2].map((copy) =>
        article(`doc-${index}-${copy}`, '2016-12-01', { blocks: [`The convoy left ${word} at dawn.`] }),
      ),
    );
    const built = buildSearchIndex(articles);
    expect(built.wordShards.length).toBeGreaterThan(2);
    const fetched: string[] = [];
    const typing = new SearchEngine(memorySource(built, (path) => fetched.push(path)));
    // No other made-up word is one edit from it, so no typo neighbour's shard is wanted either.
    const word = 'zumeme';
    for (let length = 1; length <= word.length; length += 1) {
      const { hits } = await typing.search(request(word.slice(0, length)));
      if (length >= 3) expect(hits.length).toBeGreaterThan(0);
    }
    const kinds = (kind: string) => new Set(fetched.filter((path) => path.startsWith(`${kind}/`)));
    expect(kinds('shards').size).toBe(1);
    expect(fetched).toHaveLength(new Set(fetched).size);
  });
});

describe('a word in at most two articles', () => {
  it('is found with its lexicon shard alone, without waiting for any posting shard', async () => {
    const shardsAsked: string[] = [];
    const engine = new SearchEngine(
      memorySource(buildSearchIndex(CORPUS), (path) => {
        if (path.startsWith('shards/')) shardsAsked.push(path);
      }),
    );
    const halabja = await engine.search(request('halabja '));
    expect(halabja.hits.map((hit) => hit.docId)).toHaveLength(1);
    expect((await engine.search(request('kirby '))).hits).toHaveLength(2);
    expect(shardsAsked).toEqual([]);
    // A commoner word still comes from its shard, and both kinds combine in one query.
    expect((await engine.search(request('aleppo halabja'))).hits.map((hit) => hit.docId)).toEqual(
      halabja.hits.map((hit) => hit.docId),
    );
    expect(shardsAsked.length).toBeGreaterThan(0);
  });
});

describe('a large collection', () => {
  // 5,000 articles, each with a made-up word of its own and words found everywhere: the vocabulary spans many
  // lexicon shards, the documents several facet chunks. Each letter of a made-up word is written twice around a
  // vowel, so no two of them are one edit apart.
  const letters = 'bdfgklmnprstvz';
  const madeUp = (index: number) =>
    [0, 1, 2, 3]
      .map((place) => letters[Math.floor(index / letters.length ** place) % letters.length]!)
      .map((letter) => `${letter}o${letter}`)
      .join('');
  const articles = Array.from({ length: 5_000 }, (_, index) =>
    article(`doc-${index}`, `2016-${String((index % 12) + 1).padStart(2, '0')}-01`, {
      authors: [{ name: `Writer ${index % 7}`, slug: `writer-${index % 7}` }],
      blocks: [`The convoy reached ${madeUp(index)} by road.`],
    }),
  );
  const built = buildSearchIndex(articles);
  const manifestBytes = JSON.stringify(built.manifest).length;

  it('keeps no word in the manifest, so its size does not follow the vocabulary', () => {
    expect(built.lexicon.length).toBeGreaterThan(10);
    expect(built.facetChunks.length).toBeGreaterThan(2);
    const manifestText = JSON.stringify(built.manifest);
    expect(manifestText).not.toContain(madeUp(1234));
    expect(manifestBytes).toBeLessThan(JSON.stringify(built.lexicon).length / 5);
  });

  it('answers a rare word from its lexicon shard, its typo buckets and one facet chunk', async () => {
    const fetched: string[] = [];
    const engine = new SearchEngine(memorySource(built, (path) => fetched.push(path)));
    const word = madeUp(4321);
    const { hits, facets } = await engine.search(request(`${word} `));
    expect((await engine.summaries(hits.map((hit) => hit.docId))).map((doc) => doc.slug)).toEqual(['doc-4321']);
    expect(facets.author).toEqual([{ key: 'writer-2', label: 'Writer 2', count: 1, selected: false }]);
    const kinds = new Map<string, number>();
    for (const path of fetched) kinds.set(path.split('/')[0]!, (kinds.get(path.split('/')[0]!) ?? 0) + 1);
    expect(kinds.get('shards')).toBeUndefined();
    expect(kinds.get('facets')).toBe(1);
    expect(kinds.get('typos')).toBeLessThanOrEqual(6);
    expect(kinds.get('lexicon')).toBe(1);
  });

  it('finds a typo of the first letter, whose word sits in another part of the vocabulary', async () => {
    const engine = new SearchEngine(memorySource(built));
    const word = madeUp(4321);
    const typo = `x${word.slice(1)}`;
    const { hits } = await engine.search(request(`${typo} `));
    const slugs = (await engine.summaries(hits.map((hit) => hit.docId))).map((doc) => doc.slug);
    expect(slugs).toEqual(['doc-4321']);
    expect(lexiconShardOf(built.manifest.lexicon, typo)).not.toBe(lexiconShardOf(built.manifest.lexicon, word));
  });

  it('counts the facets of a word found everywhere across every facet chunk', async () => {
    const { hits, facets } = await new SearchEngine(memorySource(built)).search(request('convoy '));
    expect(hits).toHaveLength(5_000);
    expect(facets.author.map((value) => value.count)).toEqual([715, 715, 714, 714, 714, 714, 714]);
    expect(facets.year).toEqual([{ key: '2016', label: '2016', count: 5_000, selected: false }]);
  });
});
