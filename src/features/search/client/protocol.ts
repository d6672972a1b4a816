/** What the search page asks of its search session (search-session.ts), and what it answers. */
import type { Snippet } from '../snippets';
import type { DocSummary, SearchRequest, SearchResponse } from '../types';

/** One result as the page first shows it; its passages follow in a second answer, so titles appear at once. */
export interface ResultItem extends DocSummary {
  docId: number;
}

/** A passage with the anchor of the paragraph it comes from (`p12`), or null when it has none (standfirst). */
export interface ShownSnippet extends Snippet {
  anchor: string | null;
}

export type SessionRequest =
  /** Load the index manifest now, before the first search needs it. */
  | { kind: 'warm'; id: number }
  /** Run a search and return its first `count` results. */
  | { kind: 'search'; id: number; request: SearchRequest; count: number }
  /** The next results of search `searchId`, from `start`. */
  | { kind: 'more'; id: number; searchId: number; start: number; count: number }
  /** The passages around the matched words for results `start` to `start + count` of search `searchId`. */
  | { kind: 'snippets'; id: number; searchId: number; start: number; count: number };

export type SessionResponse =
  | {
      kind: 'results';
      id: number;
      total: number;
      facets: SearchResponse['facets'];
      parsed: SearchResponse['parsed'];
      items: ResultItem[];
    }
  | { kind: 'more'; id: number; searchId: number; start: number; items: ResultItem[] }
  | { kind: 'snippets'; id: number; searchId: number; start: number; snippets: ShownSnippet[][] }
  | { kind: 'ready'; id: number }
  /** A newer search came in before this one finished: nothing to show. */
  | { kind: 'stale'; id: number }
  | { kind: 'error'; id: number; message: string };
