/**
 * The search engine as the /search/ page drives it: loads the index, runs each search, and prepares the results on
 * screen (summaries and snippets), so the page only renders. The page imports this module on first need.
 *
 * It runs on the page's own thread. Measured at 10,000 articles, no step comes near the 50 ms that would call for
 * a worker (loading the manifest and its term matcher 25 ms once; a warm keystroke's search under 3 ms at p95, the
 * broadest query 6 ms; the snippets of ten results 10 ms), while a worker's answers wait behind the keystrokes
 * and frames the page is busy with: most of the time from keystroke to results went there.
 */
import { SearchEngine } from '../engine';
import type { Token } from '../normalize';
import { makeSnippets, tokenizeBlocks } from '../snippets';
import type { SearchHit } from '../types';
import { fetchSource } from './fetch-source';
import type { ResultItem, SessionRequest, SessionResponse, ShownSnippet } from './protocol';

export interface SearchSession {
  handle(message: SessionRequest): Promise<SessionResponse>;
}

export function createSearchSession(engine = new SearchEngine(fetchSource())): SearchSession {
  /** The newest search asked for: older ones stop at their next step. */
  let latestSearch = 0;
  /** The hits of the newest finished search, for "Show more results". */
  let lastHits: { id: number; hits: SearchHit[] } | undefined;
  let prefetching = false;

  /**
   * After the first results are on screen, the remaining summaries load in the background, one file at a time
   * at low priority, so later result lists render without waiting on the network.
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

  async function handle(message: SessionRequest): Promise<SessionResponse> {
    if (message.kind === 'warm') {
      await engine.manifest();
      return { kind: 'ready', id: message.id };
    }
    if (message.kind === 'search') {
      latestSearch = Math.max(latestSearch, message.id);
      const isStale = () => message.id !== latestSearch;
      const response = await engine.search(message.request, isStale);
      if (isStale()) return { kind: 'stale', id: message.id };
      lastHits = { id: message.id, hits: response.hits };
      const items = await itemsFor(response.hits.slice(0, message.count));
      if (isStale()) return { kind: 'stale', id: message.id };
      prefetchOnce();
      return {
        kind: 'results',
        id: message.id,
        total: response.hits.length,
        facets: response.facets,
        parsed: response.parsed,
        items,
      };
    }
    // The page asks for passages once typing pauses; if the reader has typed on since, their texts are not fetched.
    if (message.kind === 'snippets' && message.searchId !== latestSearch) return { kind: 'stale', id: message.id };
    if (lastHits?.id !== message.searchId) return { kind: 'stale', id: message.id };
    const batch = lastHits.hits.slice(message.start, message.start + message.count);
    if (message.kind === 'snippets') {
      const snippets = await snippetsFor(batch, () => message.searchId !== latestSearch);
      if (!snippets) return { kind: 'stale', id: message.id };
      return { kind: 'snippets', id: message.id, searchId: message.searchId, start: message.start, snippets };
    }
    return {
      kind: 'more',
      id: message.id,
      searchId: message.searchId,
      start: message.start,
      items: await itemsFor(batch),
    };
  }

  return { handle };
}
