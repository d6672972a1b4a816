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
   */
  private oneEditAway(word: string): string[] {
    const found = new Set<string>();
    for (const length of [word.length - 1, word.length, word.length + 1]) {
      for (const key of [bucketKey(length, 'first', word[0]!), bucketKey(length, 'last', word.at(-1)!)]) {
        for (const { item } of this.fuseFor(key)?.search(word, { limit: 40 }) ?? []) {
          if (item !== word && withinOneEdit(word, item)) found.add(item);
        }
      }
    }
    return [...found].slice(0, MAX_TYPO_MATCHES);
  }

  private fuseFor(key: string): Fuse<string> | undefined {
    const cached = this.fuseByBucket.get(key);
    if (cached) return cached;
    const bucket = this.buckets.get(key);
    if (!bucket) return undefined;
    // Terms are short, so location does not matter; the threshold admits one wrong letter in five.
    const fuse = new Fuse(bucket, { threshold: 0.4, ignoreLocation: true, isCaseSensitive: true });
    this.fuseByBucket.set(key, fuse);
    return fuse;
  }
}

function bucketKey(length: number, end: 'first' | 'last', letter: string): string {
  return `${length}${end}${letter}`;
}
