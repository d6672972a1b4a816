import Fuse from 'fuse.js';
import { withinOneEdit } from './edit-distance';

export type MatchKind = 'exact' | 'prefix' | 'typo';

export interface TermMatch {
  term: string;
  kind: MatchKind;
}

/** A typo needs a word long enough that one wrong letter still leaves it recognisable ("Tyas" for "Tias"). */
export const MIN_TYPO_LENGTH = 4;
const MIN_PREFIX_LENGTH = 3;
/** Each completion costs a posting fetch, so a prefix stands for its few shortest completions, the likeliest. */
const MAX_PREFIX_MATCHES = 5;
const MAX_TYPO_MATCHES = 10;
/**
 * Fuse's Bitap counts what `withinOneEdit` calls one edit as at most two errors (a swap of two letters is two), and
 * scores a candidate by its errors over the typed word's length. It splits a typed word longer than this many
 * letters into pieces of this length and scores each piece on its own.
 */
const BITAP_ERRORS_PER_EDIT = 2;
const BITAP_PATTERN_LETTERS = 32;

/**
 * Finds the vocabulary terms a typed word stands for: itself, the words it begins (while it is being typed),
 * and words one edit away. Fuse.js proposes candidates among terms of a similar length; an exact edit-distance
 * check keeps only true one-edit neighbours, so "Halabya" finds "halabja" and not every word sharing letters.
 */
export class TermMatcher {
  private readonly buckets = new Map<string, string[]>();
  private readonly fuseByBucket = new Map<string, Fuse<string>>();
  private readonly known: Set<string>;

  constructor(private readonly vocabulary: readonly string[]) {
    this.known = new Set(vocabulary);
    for (const term of vocabulary) {
      for (const key of new Set([
        bucketKey(term.length, 'first', term[0]!),
        bucketKey(term.length, 'last', term.at(-1)!),
      ])) {
        let bucket = this.buckets.get(key);
        if (!bucket) this.buckets.set(key, (bucket = []));
        bucket.push(term);
      }
    }
  }

  has(term: string): boolean {
    return this.known.has(term);
  }

  /** The term's place in the sorted vocabulary, or -1. */
  positionOf(term: string): number {
    const position = this.lowerBound(term);
    return this.vocabulary[position] === term ? position : -1;
  }

  /**
   * A word being typed stands for the words it begins (itself first, when it is a word of the corpus); only when
   * none begins with it is it taken as a typo. A finished word stands for itself and its one-edit neighbours.
   */
  match(word: string, beingTyped: boolean): TermMatch[] {
    const matches = new Map<string, MatchKind>();
    if (this.known.has(word)) matches.set(word, 'exact');
    // A word still being typed may be the start of a longer one, even when it is a word itself: "rebel" is on
    // its way to "rebels". Its exact match still ranks first.
    if (beingTyped && word.length >= MIN_PREFIX_LENGTH) {
      for (const term of this.withPrefix(word)) if (!matches.has(term)) matches.set(term, 'prefix');
    }
    if (matches.size === 0 || matches.has(word)) {
      if (word.length >= MIN_TYPO_LENGTH)
        for (const term of this.oneEditAway(word)) if (!matches.has(term)) matches.set(term, 'typo');
    }
    return [...matches].map(([term, kind]) => ({ term, kind }));
  }

  /** The vocabulary is sorted, so the words a prefix begins sit together. */
  private withPrefix(prefix: string): string[] {
    const found: string[] = [];
    for (let index = this.lowerBound(prefix); index < this.vocabulary.length; index += 1) {
      const term = this.vocabulary[index]!;
      if (!term.startsWith(prefix)) break;
      found.push(term);
    }
    return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_PREFIX_MATCHES);
  }

  /** The first place in the sorted vocabulary whose term is not before `text`. */
  private lowerBound(text: string): number {
    let low = 0;
    let high = this.vocabulary.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.vocabulary[middle]! < text) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * One edit leaves a word's length within one and keeps its first letter or its last (an edit at the start
   * leaves the end alone, and the other way round), so Fuse only searches the terms that share one of them.
   * Fuse returns every candidate its threshold admits, and that threshold admits every true neighbour, so none is
   * cut before the exact check; the neighbours are then ranked closest first by Fuse's score.
   */
  private oneEditAway(word: string): string[] {
    const scores = new Map<string, number>();
    for (const length of [word.length - 1, word.length, word.length + 1]) {
      for (const key of [bucketKey(length, 'first', word[0]!), bucketKey(length, 'last', word.at(-1)!)]) {
        for (const { item, score = 1 } of this.fuseFor(key, length)?.search(word) ?? []) {
          if (item !== word && !scores.has(item) && withinOneEdit(word, item)) scores.set(item, score);
        }
      }
    }
    return [...scores]
      .sort(([a, aScore], [b, bScore]) => aScore - bScore || (a < b ? -1 : 1))
      .slice(0, MAX_TYPO_MATCHES)
      .map(([term]) => term);
  }

  private fuseFor(key: string, termLength: number): Fuse<string> | undefined {
    const cached = this.fuseByBucket.get(key);
    if (cached) return cached;
    const bucket = this.buckets.get(key);
    if (!bucket) return undefined;
    // The shortest word that searches these terms is one letter shorter, and no shorter than a typo allows: a
    // threshold of two errors over its length keeps every true neighbour of it, and of the longer words.
    const shortestWord = Math.min(Math.max(termLength - 1, MIN_TYPO_LENGTH), BITAP_PATTERN_LETTERS);
    const fuse = new Fuse(bucket, {
      threshold: BITAP_ERRORS_PER_EDIT / shortestWord,
      ignoreLocation: true,
      isCaseSensitive: true,
      includeScore: true,
    });
    this.fuseByBucket.set(key, fuse);
    return fuse;
  }
}

function bucketKey(length: number, end: 'first' | 'last', letter: string): string {
  return `${length}${end}${letter}`;
}
