import { describe, expect, it } from 'vitest';
import { buildSearchIndex, type IndexableArticle } from './build-index';
import { createSearchSession } from './client/search-session';
import { SearchEngine } from './engine';
import { memorySource } from './memory-source';
import type { SearchRequest } from './types';

const convoys: IndexableArticle[] = Array.from({ length: 25 }, (_, index) => ({
  slug: `convoy-${String(index).padStart(2, '0')}`,
  title: `Report ${index}`,
  authors: [{ name: 'Staff Writer', slug: 'staff-writer' }],
  date: `2016-12-${String(index + 1).padStart(2, '0')}`,
  publisher: { name: 'Global Research', slug: 'global-research' },
  topics: [],
  blocks: ['An opening line.', `The convoy left at dawn, report ${index} says.`],
  blockAnchors: ['p1', 'p2'],
}));
const harbour: IndexableArticle = { ...convoys[0]!, slug: 'harbour', blocks: ['The harbour was quiet.'] };

/** A session over an index built in memory, noting which texts it fetches. */
function sessionFor(articles: IndexableArticle[]) {
  const textsFetched: number[] = [];
  const filesFetched: string[] = [];
  const source = memorySource(buildSearchIndex(articles), (path) => {
    filesFetched.push(path);
    const text = /^text\/(\d+)\.json$/.exec(path);
    if (text) textsFetched.push(Number(text[1]));
  });
  return { session: createSearchSession(new SearchEngine(source)), textsFetched, filesFetched };
}

const request = (query: string): SearchRequest => ({
  query,
  filters: { author: [], source: [], topic: [], year: [] },
  sort: 'relevance',
});

describe('the search session', () => {
  it('answers a page of results, the rest on request, and passages that link to their paragraph', async () => {
    const { session, textsFetched } = sessionFor(convoys);
    const results = await session.search(request('convoy'), 20);
    expect(results?.total).toBe(25);
    expect(results?.items).toHaveLength(20);
    expect(textsFetched).toEqual([]);
    const rest = await results!.more(20, 5);
    expect(new Set([...results!.items, ...rest!].map((item) => item.slug)).size).toBe(25);
    const [passages] = (await results!.snippets(0, 1))!;
    expect(passages).toHaveLength(1);
    const passage = passages![0]!;
    expect(passage.anchor).toBe('p2');
    expect(passage.highlights.map(({ start, end }) => passage.text.slice(start, end))).toEqual(['convoy']);
    expect(textsFetched).toEqual([results!.items[0]!.docId]);
  });

  it('answers nothing for a search a newer one overtook, and fetches no text for it', async () => {
    const { session, textsFetched } = sessionFor([...convoys, harbour]);
    const first = await session.search(request('convoy'), 20);
    const overtaken = session.search(request('convo'), 20);
    const latest = session.search(request('harbour'), 20);
    expect(await overtaken).toBeUndefined();
    expect((await latest)?.items.map((item) => item.slug)).toEqual(['harbour']);
    expect(await first!.snippets(0, 20)).toBeUndefined();
    expect(await first!.more(20, 5)).toBeUndefined();
    expect(textsFetched).toEqual([]);
  });

  it('searches only the newest of the keystrokes typed while it was busy', async () => {
    const engine = new SearchEngine(memorySource(buildSearchIndex([...convoys, harbour])));
    const searched: string[] = [];
    const search = engine.search.bind(engine);
    engine.search = (request, isStale) => {
      searched.push(request.query);
      return search(request, isStale);
    };
    const session = createSearchSession(engine);
    await session.search(request('convoy'), 20);
    // Three keystrokes arrive together: the first two are overtaken before the engine looks anything up.
    const typed = ['harb', 'harbo', 'harbour'].map((query) => session.search(request(query), 20));
    const [first, second, last] = await Promise.all(typed);
    expect([first, second]).toEqual([undefined, undefined]);
    expect(last?.items.map((item) => item.slug)).toEqual(['harbour']);
    expect(searched).toEqual(['convoy', 'harbour']);
  });

  it("loads in the background the newest 10,000 articles' summaries, and no more", async () => {
    const many = Array.from({ length: 10_100 }, (_, index) => ({ ...convoys[0]!, slug: `many-${index}` }));
    const { session, filesFetched } = sessionFor(many);
    await session.search(request('convoy'), 20);
    await expect.poll(() => filesFetched.filter((path) => path.startsWith('docs/')).length).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const chunks = filesFetched.filter((path) => path.startsWith('docs/'));
    expect(chunks).toHaveLength(200);
    expect(chunks).not.toContain('docs/200.json');
  });
});
