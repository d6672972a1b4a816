/**
 * The search engine, off the main thread: it loads the index, runs each search, and prepares the results on
 * screen (summaries and snippets), so the page only renders.
 */
import { SearchEngine } from '../engine';
import type { Token } from '../normalize';
import { makeSnippets, tokenizeBlocks } from '../snippets';
import type { SearchHit } from '../types';
import { fetchSource } from './fetch-source';
import type { ResultItem, ShownSnippet, WorkerRequest, WorkerResponse } from './protocol';

interface WorkerScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

const scope = self as unknown as WorkerScope;
const engine = new SearchEngine(fetchSource());
/** The newest search asked for: older ones stop at their next step. */
let latestSearch = 0;
/** The hits of the newest finished search, for "Show more results". */
let lastHits: { id: number; hits: SearchHit[] } | undefined;

scope.addEventListener('message', (event) => {
  const message = event.data;
  handle(message).then(
    (response) => scope.postMessage(response),
    (error: unknown) =>
      scope.postMessage({
        kind: 'error',
        id: message.id,
        message: error instanceof Error ? error.message : String(error),
      }),
  );
});

async function handle(message: WorkerRequest): Promise<WorkerResponse> {
  if (message.kind === 'warm') {
    await engine.manifest();
    return { kind: 'ready', id: message.id };
  }
  if (message.kind === 'search') {
    latestSearch = Math.max(latestSearch, message.id);
    // Let keystrokes already queued behind this one arrive first: a search they overtake fetches nothing.
    await new Promise((resume) => setTimeout(resume, 0));
    const isStale = () => message.id !== latestSearch;
    if (isStale()) return { kind: 'stale', id: message.id };
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
  if (message.kind === 'snippets') {
    // Passages wait one turn: if the reader has typed on, the texts of results already replaced are not fetched.
    await new Promise((resume) => setTimeout(resume, 0));
    if (message.searchId !== latestSearch) return { kind: 'stale', id: message.id };
  }
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

let prefetching = false;

/** After the first results are on screen, the remaining summaries load in the background. */
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
async function snippetsFor(hits: readonly SearchHit[], isStale: () => boolean): Promise<ShownSnippet[][] | undefined> {
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
