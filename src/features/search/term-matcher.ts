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
 * The vocabulary as the matcher reads it. In the browser it arrives a piece at a time (see types.ts): the runs of
 * the sorted vocabulary a word falls in, and the typo buckets of its length and end letters.
 */
export interface VocabularyReader {
  has(term: string): Promise<boolean>;
  /** Every term that begins with `prefix`, in vocabulary order. */
  withPrefix(prefix: string): Promise<string[]>;
  /** The terms of one typo bucket, or none. */
  typoBucket(bucket: TypoBucket): Promise<readonly string[]>;
}

/**
 * One edit leaves a word's length within one and keeps its first letter or its last (an edit at the start leaves
 * the end alone, and the other way round). So the terms a typo may stand for are grouped by length and first
 * letter, and by length and last letter: a typed word looks in six groups, whatever the vocabulary's size.
 */
export interface TypoBucket {
  length: number;
  end: 'first' | 'last';
  letter: string;
}

/** Names a bucket in file names and maps: "9-f-115" holds the nine-letter terms that begin with "s". */
export function typoBucketKey({ length, end, letter }: TypoBucket): string {
  return `${typoBucketGroup(length, end)}-${letter.charCodeAt(0)}`;
}

/** The buckets of one length and end, as the manifest lists their letters: "9-f". */
export function typoBucketGroup(length: number, end: TypoBucket['end']): string {
  return `${length}-${end === 'first' ? 'f' : 'l'}`;
}

/** The typo buckets a term belongs to; terms too short to be a typo's neighbour belong to none. */
export function typoBucketsOfTerm(term: string): TypoBucket[] {
  if (term.length < MIN_TYPO_LENGTH - 1) return [];
  const first: TypoBucket = { length: term.length, end: 'first', letter: term[0]! };
  const last: TypoBucket = { length: term.length, end: 'last', letter: term.at(-1)! };
  return [first, last];
}

/** The typo buckets a typed word looks in. */
function typoBucketsToSearch(word: string): TypoBucket[] {
  return [word.length - 1, word.length, word.length + 1].flatMap((length): TypoBucket[] => [
    { length, end: 'first', letter: word[0]! },
    { length, end: 'last', letter: word.at(-1)! },
  ]);
}

/**
 * Finds the vocabulary terms a typed word stands for: itself, the words it begins (while it is being typed),
 * and words one edit away. An exact edit-distance check finds the one-edit neighbours among the terms of the
 * word's typo buckets, so "Halabya" finds "halabja" and not every word sharing letters; Fuse.js ranks them.
 */
export class TermMatcher {
  constructor(private readonly vocabulary: VocabularyReader) {}

  /**
   * A word being typed stands for the words it begins (itself first, when it is a word of the corpus); only when
   * none begins with it is it taken as a typo. A finished word stands for itself and its one-edit neighbours.
   */
  async match(word: string, beingTyped: boolean): Promise<TermMatch[]> {
    const matches = new Map<string, MatchKind>();
    if (await this.vocabulary.has(word)) matches.set(word, 'exact');
    // A word still being typed may be the start of a longer one, even when it is a word itself: "rebel" is on
    // its way to "rebels". Its exact match still ranks first.
    if (beingTyped && word.length >= MIN_PREFIX_LENGTH) {
      for (const term of shortestFirst(await this.vocabulary.withPrefix(word)).slice(0, MAX_PREFIX_MATCHES))
        if (!matches.has(term)) matches.set(term, 'prefix');
    }
    if (matches.size === 0 || matches.has(word)) {
      if (word.length >= MIN_TYPO_LENGTH)
        for (const term of await this.oneEditAway(word)) if (!matches.has(term)) matches.set(term, 'typo');
    }
    return [...matches].map(([term, kind]) => ({ term, kind }));
  }

  /**
   * The neighbours are found before Fuse sees them: Bitap over every term of a bucket cost three quarters of a
   * keystroke at 100,000 articles, and Fuse scores each term on its own, so it ranks the few the same way. Its
   * threshold admits every true neighbour, so none is dropped; they are ranked closest first by Fuse's score.
   */
  private async oneEditAway(word: string): Promise<string[]> {
    const bucketsToSearch = typoBucketsToSearch(word);
    const bucketTerms = await Promise.all(bucketsToSearch.map((bucket) => this.vocabulary.typoBucket(bucket)));
    const scores = new Map<string, number>();
    bucketsToSearch.forEach((bucket, index) => {
      const neighbours = bucketTerms[index]!.filter(
        (term) => term !== word && !scores.has(term) && withinOneEdit(word, term),
      );
      if (neighbours.length === 0) return;
      for (const { item, score = 1 } of fuseFor(bucket, neighbours).search(word))
        if (!scores.has(item)) scores.set(item, score);
    });
    return [...scores]
      .sort(([a, aScore], [b, bScore]) => aScore - bScore || (a < b ? -1 : 1))
      .slice(0, MAX_TYPO_MATCHES)
      .map(([term]) => term);
  }
}

function fuseFor(bucket: TypoBucket, terms: readonly string[]): Fuse<string> {
  // The shortest word that searches these terms is one letter shorter, and no shorter than a typo allows: a
  // threshold of two errors over its length keeps every true neighbour of it, and of the longer words.
  const shortestWord = Math.min(Math.max(bucket.length - 1, MIN_TYPO_LENGTH), BITAP_PATTERN_LETTERS);
  return new Fuse(terms, {
    threshold: BITAP_ERRORS_PER_EDIT / shortestWord,
    ignoreLocation: true,
    isCaseSensitive: true,
    includeScore: true,
  });
}

function shortestFirst(terms: readonly string[]): string[] {
  return [...terms].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
}

/** Groups terms into their typo buckets, by key, each bucket in vocabulary order. */
export function typoBuckets(vocabulary: readonly string[]): Map<string, string[]> {
  const buckets = new Map<string, string[]>();
  for (const term of vocabulary) {
    for (const key of new Set(typoBucketsOfTerm(term).map(typoBucketKey))) {
      let bucket = buckets.get(key);
      if (!bucket) buckets.set(key, (bucket = []));
      bucket.push(term);
    }
  }
  return buckets;
}

/** The terms of a sorted list that begin with `prefix`: they sit together, from the prefix's place on. */
export function termsWithPrefix(sorted: readonly string[], prefix: string): string[] {
  const found: string[] = [];
  for (let index = lowerBound(sorted, prefix); index < sorted.length; index += 1) {
    const term = sorted[index]!;
    if (!term.startsWith(prefix)) break;
    found.push(term);
  }
  return found;
}

/** The first place in a sorted list whose item is not before `text`. */
export function lowerBound(sorted: readonly string[], text: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < text) low = middle + 1;
    else high = middle;
  }
  return low;
}
