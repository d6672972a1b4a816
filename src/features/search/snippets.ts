import type { TextRange } from '../../shared/marked-runs';
import { tokenize, type Token } from './normalize';

export interface Snippet {
  text: string;
  /** Where the matched words stand in `text`. */
  highlights: TextRange[];
  /** Whether text was cut before or after the snippet, so the page can show an ellipsis. */
  cutBefore: boolean;
  cutAfter: boolean;
  /** Which of the blocks it was cut from. */
  block: number;
}

const SNIPPET_LENGTH = 220;

/**
 * Up to `count` passages around the matched words, best first: the passage with the most distinct matched words
 * wins, and each comes from a different block. Without a match in the text (a title-only match) the opening is
 * shown.
 */
export function makeSnippets(
  blocks: readonly string[],
  matchedTerms: Iterable<string>,
  count = 2,
  tokens: readonly Token[][] = tokenizeBlocks(blocks),
): Snippet[] {
  const wanted = new Set(matchedTerms);
  const candidates: { snippet: Snippet; distinct: number; total: number; block: number }[] = [];
  blocks.forEach((block, blockIndex) => {
    const hits = tokens[blockIndex]!.filter((token) => wanted.has(token.term));
    if (hits.length === 0) return;
    const window = bestWindow(block, hits);
    const inside = hits.filter((hit) => hit.start >= window.start && hit.end <= window.end);
    candidates.push({
      snippet: cut(block, blockIndex, window.start, window.end, inside),
      distinct: new Set(inside.map((hit) => hit.term)).size,
      total: inside.length,
      block: blockIndex,
    });
  });
  if (candidates.length === 0) {
    const first = blocks[0];
    return first ? [cut(first, 0, 0, Math.min(first.length, SNIPPET_LENGTH), [])] : [];
  }
  candidates.sort((a, b) => b.distinct - a.distinct || b.total - a.total || a.block - b.block);
  return candidates.slice(0, count).map(({ snippet }) => snippet);
}

/** The words of each block, for callers that make snippets from the same text again and again (as typing does). */
export function tokenizeBlocks(blocks: readonly string[]): Token[][] {
  return blocks.map(tokenize);
}

/** The stretch of a block, about one snippet long, that holds the most matches, starting a little before the first. */
function bestWindow(block: string, hits: Token[]): { start: number; end: number } {
  let best = { start: 0, end: 0, covered: -1 };
  for (const hit of hits) {
    const start = Math.max(0, hit.start - 60);
    const end = Math.min(block.length, start + SNIPPET_LENGTH);
    const covered = new Set(hits.filter((other) => other.start >= start && other.end <= end).map((other) => other.term))
      .size;
    if (covered > best.covered) best = { start, end, covered };
  }
  return { start: wordBoundaryBefore(block, best.start), end: wordBoundaryAfter(block, best.end) };
}

function wordBoundaryBefore(text: string, index: number): number {
  if (index === 0) return 0;
  const space = text.lastIndexOf(' ', index);
  return space === -1 ? 0 : space + 1;
}

function wordBoundaryAfter(text: string, index: number): number {
  if (index >= text.length) return text.length;
  const space = text.indexOf(' ', index);
  return space === -1 ? text.length : space;
}

function cut(block: string, blockIndex: number, start: number, end: number, hits: Token[]): Snippet {
  return {
    block: blockIndex,
    text: block.slice(start, end),
    highlights: hits
      .filter((hit) => hit.start >= start && hit.end <= end)
      .map((hit) => ({ start: hit.start - start, end: hit.end - start })),
    cutBefore: start > 0,
    cutAfter: end < block.length,
  };
}
