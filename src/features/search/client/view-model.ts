/**
 * What the search page says and where keyboard focus goes, as pure functions: no DOM here, so each can be
 * tested on its own. The page turns these into elements with textContent, never with HTML strings.
 */
import { markedRuns, type MarkedRun } from '../../../shared/marked-runs';
import { parseQuery } from '../query';
import type { Snippet } from '../snippets';
import type { SearchRequest, SearchResponse } from '../types';

export const PAGE_SIZE = 20;

/** A snippet cut into plain and marked runs, with an ellipsis where the passage was cut from its paragraph. */
export function snippetRuns(snippet: Omit<Snippet, 'block'>): MarkedRun[] {
  const runs = markedRuns(snippet.text, snippet.highlights);
  if (snippet.cutBefore) {
    if (runs[0]?.marked === false) runs[0].text = `… ${runs[0].text}`;
    else runs.unshift({ text: '… ', marked: false });
  }
  if (snippet.cutAfter) {
    const last = runs.at(-1);
    if (last?.marked === false) last.text = `${last.text} …`;
    else runs.push({ text: ' …', marked: false });
  }
  return runs;
}

export function hasFilters(request: SearchRequest): boolean {
  return Object.values(request.filters).some((values) => values.length > 0);
}

export function filterCount(request: SearchRequest): number {
  return Object.values(request.filters).reduce((sum, values) => sum + values.length, 0);
}

/** Whether the request asks for anything: words, or at least one filter. */
export function isActive(request: SearchRequest): boolean {
  return request.query.trim() !== '' || hasFilters(request);
}

/**
 * The sentence announced to screen readers: "3 articles match “kirby”". `filtered` says whether a filter the
 * index knows narrowed the search (a stale filter in an old link is no filter).
 */
export function statusText(total: number, query: string, filtered: boolean): string {
  const words = shortQueryText(query.trim());
  const subject = total === 0 ? 'No articles' : total === 1 ? '1 article' : `${total.toLocaleString('en-GB')} articles`;
  const verb = total === 1 ? 'matches' : 'match';
  if (words === '') return filtered ? `${subject} ${verb} the filters chosen` : `${subject} in the archive`;
  // A query holding a quoted phrase is shown as typed: quotes around quotes read as noise.
  const shown = /["“”]/.test(words) ? words : `“${words}”`;
  return `${subject} ${verb} ${shown}${filtered ? ' with the filters chosen' : ''}`;
}

/** A query this long is shortened where the page repeats it (the status line, the title). */
export const SHOWN_QUERY_LENGTH = 80;

/** The query as the page repeats it: a long one cut at a space near SHOWN_QUERY_LENGTH characters, with "…". */
export function shortQueryText(query: string, maxLength = SHOWN_QUERY_LENGTH): string {
  const characters = [...query];
  if (characters.length <= maxLength) return query;
  const start = characters.slice(0, maxLength).join('');
  const lastSpace = start.search(/\s\S*$/);
  return `${(lastSpace > maxLength / 2 ? start.slice(0, lastSpace) : start).trimEnd()} …`;
}

/** A query of exclusions only ("-kirby") finds nothing by design: it names no word to look for. */
export function needsWordToFind(query: string): boolean {
  const parsed = parseQuery(query);
  return parsed.words.length === 0 && (parsed.excluded.length > 0 || parsed.excludedPhrases.length > 0);
}

/** What the page says when the address holds a shorter query than the one searched. */
export function shortenedAddressText(addressQuery: string): string {
  const words = addressQuery.split(/\s+/).filter(Boolean).length;
  return words === 0
    ? 'This search is too long for the page’s address, which holds none of it: a link to this page will not repeat it. The results shown are for the whole search.'
    : `This search is too long for the page’s address, which holds only its first ${words.toLocaleString('en-GB')} ${words === 1 ? 'word' : 'words'}: a link to this page repeats that shorter search. The results shown are for the whole search.`;
}

/** How many filters the index applied: those its facet counts mark as selected. */
export function selectedCount(facets: SearchResponse['facets']): number {
  return Object.values(facets).reduce((sum, values) => sum + values.filter((value) => value.selected).length, 0);
}

/** How the query was read, when it used quotes or minus signs: "Phrase: “moderate rebels”. Leaving out: kirby." */
export function readingText(parsed: SearchResponse['parsed']): string {
  const parts: string[] = [];
  if (parsed.phrases.length > 0) {
    parts.push(
      `${parsed.phrases.length === 1 ? 'Phrase' : 'Phrases'}: ${parsed.phrases.map((phrase) => `“${phrase.join(' ')}”`).join(', ')}.`,
    );
  }
  if (parsed.excluded.length > 0) parts.push(`Leaving out articles with: ${parsed.excluded.join(', ')}.`);
  return parts.join(' ');
}

/** "Showing 20 of 55." */
export function shownText(shown: number, total: number): string {
  return `Showing ${shown.toLocaleString('en-GB')} of ${total.toLocaleString('en-GB')}.`;
}

/** The next batch of results to fetch, or null when all are shown. */
export function nextBatch(shown: number, total: number, pageSize = PAGE_SIZE): { start: number; count: number } | null {
  if (shown >= total) return null;
  return { start: shown, count: Math.min(pageSize, total - shown) };
}

/**
 * Where focus goes when an arrow key is pressed in the search box or on a result link: -1 is the search box,
 * 0… the result title links. Down from the box reaches the first result; Up from the first returns to the box;
 * the ends do not wrap.
 */
export function moveFocusIndex(current: number, key: 'ArrowDown' | 'ArrowUp', count: number): number {
  if (count <= 0) return -1;
  if (key === 'ArrowDown') return Math.min(Math.max(current, -1) + 1, count - 1);
  return Math.max(Math.min(current, count) - 1, -1);
}

/** Two requests ask for the same search (the URL they make is the same). */
export function sameRequest(a: SearchRequest, b: SearchRequest): boolean {
  return (
    a.query === b.query &&
    a.sort === b.sort &&
    (Object.keys(a.filters) as (keyof SearchRequest['filters'])[]).every(
      (name) =>
        a.filters[name].length === b.filters[name].length &&
        a.filters[name].every((value, index) => value === b.filters[name][index]),
    )
  );
}

/** How many results a filter value has, as its checkbox shows it: "(3)". */
export function resultCountText(count: number): string {
  return `(${count.toLocaleString('en-GB')})`;
}
