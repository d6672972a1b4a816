import { describe, expect, it } from 'vitest';
import {
  needsWordToFind,
  SHOWN_QUERY_LENGTH,
  shortenedAddressText,
  shortQueryText,
  filterCount,
  isActive,
  moveFocusIndex,
  nextBatch,
  readingText,
  sameRequest,
  selectedCount,
  shownText,
  snippetRuns,
  statusText,
} from './client/view-model';
import { joinNames } from '../../shared/names';
import type { SearchRequest } from './types';

const request = (
  query: string,
  filters: Partial<SearchRequest['filters']> = {},
  sort: SearchRequest['sort'] = 'relevance',
): SearchRequest => ({
  query,
  filters: { author: [], source: [], topic: [], year: [], ...filters },
  sort,
});

describe('snippetRuns', () => {
  it('cuts the text into plain and marked runs, with ellipses where the passage was cut', () => {
    expect(
      snippetRuns({
        text: 'said John Kirby on Tuesday',
        highlights: [{ start: 10, end: 15 }],
        cutBefore: true,
        cutAfter: true,
      }),
    ).toEqual([
      { text: '… said John ', marked: false },
      { text: 'Kirby', marked: true },
      { text: ' on Tuesday …', marked: false },
    ]);
  });

  it('passes markup through as text: the page sets it with textContent', () => {
    const text = "<script>alert('x')</script> hostile";
    const start = text.indexOf('hostile');
    const runs = snippetRuns({ text, highlights: [{ start, end: start + 7 }], cutBefore: false, cutAfter: false });
    expect(runs.map((run) => run.text).join('')).toBe(text);
    expect(runs.at(-1)).toEqual({ text: 'hostile', marked: true });
  });

  it('puts the ellipsis apart from a matched word the passage starts or ends with', () => {
    expect(snippetRuns({ text: 'Kirby', highlights: [{ start: 0, end: 5 }], cutBefore: true, cutAfter: true })).toEqual(
      [
        { text: '… ', marked: false },
        { text: 'Kirby', marked: true },
        { text: ' …', marked: false },
      ],
    );
  });

  it('shows a passage without matches whole', () => {
    expect(snippetRuns({ text: 'Opening words', highlights: [], cutBefore: false, cutAfter: true })).toEqual([
      { text: 'Opening words …', marked: false },
    ]);
  });
});

describe('what the page says', () => {
  it('announces the count with the query', () => {
    expect(statusText(3, 'kirby', false)).toBe('3 articles match “kirby”');
    expect(statusText(1, ' kirby ', false)).toBe('1 article matches “kirby”');
    expect(statusText(3, '"eastern Aleppo"', false)).toBe('3 articles match "eastern Aleppo"');
    expect(statusText(0, 'zzxqv', false)).toBe('No articles match “zzxqv”');
    expect(statusText(1200, 'aleppo', false)).toBe('1,200 articles match “aleppo”');
  });

  it('shortens a very long query at a space where it repeats it', () => {
    const long = Array.from({ length: 400 }, (_, n) => `word${n}`).join(' ');
    const status = statusText(0, long, false);
    expect(status).toMatch(/^No articles match “word0 word1 .* …”$/);
    expect(status.length).toBeLessThan(SHOWN_QUERY_LENGTH + 30);
    expect(shortQueryText('aleppo -kirby')).toBe('aleppo -kirby');
  });

  it('knows a query of exclusions only, which needs a word to find anything', () => {
    expect(needsWordToFind('-kirby')).toBe(true);
    expect(needsWordToFind('-kirby -"white helmets"')).toBe(true);
    expect(needsWordToFind('aleppo -kirby')).toBe(false);
    expect(needsWordToFind('zzxqv')).toBe(false);
    expect(needsWordToFind('')).toBe(false);
  });

  it('says how much of a shortened search the address holds', () => {
    expect(shortenedAddressText('aleppo siege')).toBe(
      'This search is too long for the page’s address, which holds only its first 2 words: a link to this page repeats that shorter search. The results shown are for the whole search.',
    );
  });

  it('mentions the filters when they narrow the search, or stand alone', () => {
    expect(statusText(2, 'aleppo', true)).toBe('2 articles match “aleppo” with the filters chosen');
    expect(statusText(5, '', true)).toBe('5 articles match the filters chosen');
    expect(statusText(0, '', false)).toBe('No articles in the archive');
  });

  it('counts the filters the index applied', () => {
    const value = (selected: boolean) => ({ key: 'k', label: 'L', count: 1, selected });
    expect(
      selectedCount({ author: [value(true), value(false)], source: [], topic: [value(true)], year: [value(false)] }),
    ).toBe(2);
    expect(selectedCount({ author: [], source: [], topic: [], year: [] })).toBe(0);
  });

  it('echoes phrases and exclusions, and nothing for plain words', () => {
    expect(readingText({ words: ['moderate', 'rebels'], phrases: [['moderate', 'rebels']], excluded: [] })).toBe(
      'Phrase: “moderate rebels”.',
    );
    expect(readingText({ words: ['aleppo'], phrases: [], excluded: ['kirby'] })).toBe(
      'Leaving out articles with: kirby.',
    );
    expect(readingText({ words: ['aleppo'], phrases: [], excluded: [] })).toBe('');
  });

  it('joins bylines the way the article pages do', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['South Front'])).toBe('South Front');
    expect(joinNames(['South Front', 'Michel Chossudovsky'])).toBe('South Front and Michel Chossudovsky');
    expect(joinNames(['A', 'B', 'C'])).toBe('A, B and C');
  });

  it('counts what is shown', () => {
    expect(shownText(20, 55)).toBe('Showing 20 of 55.');
  });
});

describe('paging', () => {
  it('fetches 20 more at a time, then the rest, then nothing', () => {
    expect(nextBatch(20, 55)).toEqual({ start: 20, count: 20 });
    expect(nextBatch(40, 55)).toEqual({ start: 40, count: 15 });
    expect(nextBatch(55, 55)).toBeNull();
    expect(nextBatch(5, 5)).toBeNull();
  });
});

describe('moveFocusIndex: -1 is the search box, 0… the result links', () => {
  it('goes down from the box to the first result and on, stopping at the last', () => {
    expect(moveFocusIndex(-1, 'ArrowDown', 3)).toBe(0);
    expect(moveFocusIndex(0, 'ArrowDown', 3)).toBe(1);
    expect(moveFocusIndex(2, 'ArrowDown', 3)).toBe(2);
  });

  it('goes up to the box from the first result, and no further', () => {
    expect(moveFocusIndex(2, 'ArrowUp', 3)).toBe(1);
    expect(moveFocusIndex(0, 'ArrowUp', 3)).toBe(-1);
    expect(moveFocusIndex(-1, 'ArrowUp', 3)).toBe(-1);
  });

  it('stays in the box when there are no results, and copes with a list that shrank', () => {
    expect(moveFocusIndex(-1, 'ArrowDown', 0)).toBe(-1);
    expect(moveFocusIndex(7, 'ArrowUp', 3)).toBe(2);
    expect(moveFocusIndex(7, 'ArrowDown', 3)).toBe(2);
  });
});

describe('requests', () => {
  it('knows an empty request from one with words or filters', () => {
    expect(isActive(request(''))).toBe(false);
    expect(isActive(request('   '))).toBe(false);
    expect(isActive(request('kirby'))).toBe(true);
    expect(isActive(request('', { author: ['bill-van-auken'] }))).toBe(true);
    expect(filterCount(request('', { author: ['a', 'b'], year: ['2016'] }))).toBe(3);
  });

  it('compares requests by what they ask', () => {
    expect(sameRequest(request('kirby', { year: ['2016'] }), request('kirby', { year: ['2016'] }))).toBe(true);
    expect(sameRequest(request('kirby'), request('kirby', {}, 'date'))).toBe(false);
    expect(sameRequest(request('kirby'), request('kirby', { year: ['2016'] }))).toBe(false);
    expect(sameRequest(request('kirby', { topic: ['a'] }), request('kirby', { topic: ['b'] }))).toBe(false);
    expect(sameRequest(request('kirby'), request('kirb'))).toBe(false);
  });
});
