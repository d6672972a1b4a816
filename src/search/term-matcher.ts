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
  private readonly byLength = new Map<number, string[]>();
  private readonly fuseByLength = new Map<number, Fuse<string>>();
  private readonly known: Set<string>;

  constructor(private readonly vocabulary: readonly string[]) {
    this.known = new Set(vocabulary);
    for (const term of vocabulary) {
      let bucket = this.byLength.get(term.length);
      if (!bucket) this.byLength.set(term.length, (bucket = []));
      bucket.push(term);
    }
  }

  has(term: string): boolean {
    return this.known.has(term);
  }

  /**
   * A word being typed that is not yet a word of the corpus stands for the words it begins; only when none
   * begins with it is it taken as a typo. A finished word stands for itself and its one-edit neighbours.
   */
  match(word: string, beingTyped: boolean): TermMatch[] {
    const matches = new Map<string, MatchKind>();
    if (this.known.has(word)) matches.set(word, 'exact');
    if (beingTyped && matches.size === 0 && word.length >= MIN_PREFIX_LENGTH) {
      for (const term of this.withPrefix(word)) matches.set(term, 'prefix');
    }
    if (matches.size === 0 || matches.has(word)) {
      if (word.length >= MIN_TYPO_LENGTH)
        for (const term of this.oneEditAway(word)) if (!matches.has(term)) matches.set(term, 'typo');
    }
    return [...matches].map(([term, kind]) => ({ term, kind }));
  }

  /** The vocabulary is sorted, so the words a prefix begins sit together. */
  private withPrefix(prefix: string): string[] {
    let low = 0;
    let high = this.vocabulary.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.vocabulary[middle]! < prefix) low = middle + 1;
      else high = middle;
    }
    const found: string[] = [];
    for (let index = low; index < this.vocabulary.length; index += 1) {
      const term = this.vocabulary[index]!;
      if (!term.startsWith(prefix)) break;
      found.push(term);
    }
    return found.sort((a, b) => a.length - b.length || (a < b ? -1 : 1)).slice(0, MAX_PREFIX_MATCHES);
  }

  private oneEditAway(word: string): string[] {
    const found: string[] = [];
    for (const length of [word.length - 1, word.length, word.length + 1]) {
      const fuse = this.fuseFor(length);
      if (!fuse) continue;
      for (const { item } of fuse.search(word, { limit: 40 })) {
        if (item !== word && withinOneEdit(word, item)) found.push(item);
      }
    }
    return found.slice(0, MAX_TYPO_MATCHES);
  }

  private fuseFor(length: number): Fuse<string> | undefined {
    const cached = this.fuseByLength.get(length);
    if (cached) return cached;
    const bucket = this.byLength.get(length);
    if (!bucket) return undefined;
    // Terms are short, so location does not matter; the threshold admits one wrong letter in five.
    const fuse = new Fuse(bucket, { threshold: 0.4, ignoreLocation: true, isCaseSensitive: true });
    this.fuseByLength.set(length, fuse);
    return fuse;
  }
}
