/**
 * The search engine as the /search/ page drives it: loads the index, runs each search, and prepares the results on
 * screen (summaries and snippets), so the page only renders. The page imports this module on first need.
 *
 * It runs on the page's own thread. Measured at 10,000 articles, no step comes near the 50 ms that would call for
 * a worker (loading the manifest and its term matcher 25 ms once; a warm keystroke's search under 3 ms at p95, the
 * broadest query 6 ms; the snippets of ten results 10 ms), while a worker's answers wait behind the keystrokes
 * and frames the page is busy with: most of the time from keystroke to results went there. At 100,000 articles
 * a word found in every article takes about 45 ms (in Node), still under it.
 */
import { SearchEngine } from '../engine';
import type { Token } from '../normalize';
import { makeSnippets, tokenizeBlocks, type Snippet } from '../snippets';
import type { DocSummary, SearchHit, SearchRequest, SearchResponse } from '../types';
import { fetchSource } from './fetch-source';

/** One result as the page first shows it; its passages follow in a second call, so titles appear at once. */
export interface ResultItem extends DocSummary {
  docId: number;
}

/** A passage with the anchor of the paragraph it comes from (`p12`), or null when it has none (standfirst). */
export interface ShownSnippet extends Snippet {
  anchor: string | null;
}

/** A finished search: how many matched, the filters' counts, and its first results. */
export interface SearchResults {
  total: number;
  facets: SearchResponse['facets'];
  parsed: SearchResponse['parsed'];
  items: ResultItem[];
  /** Results `start` to `start + count`; undefined once a newer search has begun. */
  more(start: number, count: number): Promise<ResultItem[] | undefined>;
  /**
   * The passages around the matched words of results `start` to `start + count`; undefined once a newer search
   * has begun, so the texts of results the reader has typed past are not fetched.
   */
  snippets(start: number, count: number): Promise<ShownSnippet[][] | undefined>;
}

export interface SearchSession {
  /** Loads the index manifest now, before the first search needs it. */
  warm(): Promise<void>;
  /** Runs a search and returns its first `pageSize` results; undefined when a newer search began before it ended. */
  search(request: SearchRequest, pageSize: number): Promise<SearchResults | undefined>;
}

/** Resolves in a new task, after the events already queued, such as keystrokes. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function createSearchSession(engine = new SearchEngine(fetchSource())): SearchSession {
  /** How many searches have begun: a search that is not the newest stops at its next step. */
  let searchesBegun = 0;
  let prefetching = false;

  /**
   * After the first results are on screen, the newest articles' summaries load in the background, one file at a
   * time at low priority, so later result lists render without waiting on the network.
   */
  function prefetchOnce(): void {
    if (prefetching) return;
    prefetching = true;
    setTimeout(() => void engine.prefetchSummaries(), 0);
  }

  /** Summaries for the hits about to be shown, and for no others. */
  async function itemsFor(hits: readonly SearchHit[]): Promise<ResultItem[]> {
    const summaries = await engine.summaries(hits.map((hit) => hit.docId));
    return hits.map((hit, index) => ({ ...summaries[index]!, docId: hit.docId }));
  }

  const TOKENIZED_TEXTS = 120;
  /** Typing shows the same first results again and again: their words are split once, not at every keystroke. */
  const tokenized = new Map<number, Token[][]>();

  function tokensOf(docId: number, blocks: readonly string[]): Token[][] {
    let tokens = tokenized.get(docId);
    if (tokens) tokenized.delete(docId);
    else tokens = tokenizeBlocks(blocks);
    tokenized.set(docId, tokens);
    if (tokenized.size > TOKENIZED_TEXTS) tokenized.delete(tokenized.keys().next().value!);
    return tokens;
  }

  /**
   * The passages around the matched words: each needs the article's text, fetched only for results on screen.
   * Undefined when a newer search came while the texts loaded: its own snippets are the ones wanted.
   */
  async function snippetsFor(
    hits: readonly SearchHit[],
    isStale: () => boolean,
  ): Promise<ShownSnippet[][] | undefined> {
    const texts = await Promise.all(hits.map((hit) => engine.text(hit.docId)));
    if (isStale()) return undefined;
    return hits.map((hit, index) => {
      const { blocks, anchors } = texts[index]!;
      return makeSnippets(blocks, hit.matchedTerms, 2, tokensOf(hit.docId, blocks)).map((snippet) => ({
        ...snippet,
        anchor: anchors[snippet.block] ?? null,
      }));
    });
  }

  async function search(request: SearchRequest, pageSize: number): Promise<SearchResults | undefined> {
    const number = ++searchesBegun;
    const isStale = () => number !== searchesBegun;
    // Once its files are loaded a search runs without a break, and the keystrokes typed meanwhile wait behind it.
    // Letting them in first means only the newest of them is searched: at 100,000 articles a common word's
    // prefix costs 30 to 50 ms (in Node), which at every keystroke kept the last one's results waiting behind them.
    await nextTask();
    if (isStale()) return undefined;
    const response = await engine.search(request, isStale);
    if (isStale()) return undefined;
    const items = await itemsFor(response.hits.slice(0, pageSize));
    if (isStale()) return undefined;
    prefetchOnce();
    const batch = (start: number, count: number) => response.hits.slice(start, start + count);
    return {
      total: response.hits.length,
      facets: response.facets,
      parsed: response.parsed,
      items,
      more: async (start, count) => (isStale() ? undefined : itemsFor(batch(start, count))),
      // The page asks for passages once typing pauses; if the reader has typed on since, their texts are not fetched.
      snippets: async (start, count) => (isStale() ? undefined : snippetsFor(batch(start, count), isStale)),
    };
  }

  return {
    async warm() {
      await engine.manifest();
    },
    search,
  };
}
