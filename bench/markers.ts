import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { intBetween, pick, type Random } from './prng';

/**
 * Marker words: one made-up, pronounceable word per synthetic article, found nowhere else. Searching for it must
 * return exactly that article, so a marker proves its article's deep text was indexed, and a one-letter typo of it
 * has one right answer.
 */

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';

/** Words that are not markers: the English dictionary (exact matches only) and the corpus' own words. */
export function englishWords(): Set<string> {
  const require = createRequire(import.meta.url);
  const path = require.resolve('an-array-of-english-words/index.json');
  return new Set((JSON.parse(readFileSync(path, 'utf8')) as string[]).map((word) => word.toLowerCase()));
}

/**
 * Everything reachable from `word` by deleting at most two letters. Two words within edit distance 2 of each other
 * always share one of these (the "symmetric delete" idea), so keeping markers' sets disjoint keeps every marker at
 * least 3 edits from every other marker and from every corpus word: a one-edit typo of a marker stays nearest to it.
 */
function deletions(word: string, depth = 2): string[] {
  const found = new Set([word]);
  let frontier = [word];
  for (let level = 0; level < depth; level += 1) {
    const next: string[] = [];
    for (const current of frontier) {
      for (let index = 0; index < current.length; index += 1) {
        const shorter = current.slice(0, index) + current.slice(index + 1);
        if (!found.has(shorter)) {
          found.add(shorter);
          next.push(shorter);
        }
      }
    }
    frontier = next;
  }
  return [...found];
}

export class MarkerPool {
  private readonly taken = new Set<string>();
  private readonly neighbourhood = new Set<string>();

  /** `reserved`: corpus words (5+ letters) that markers must stay 3 edits away from; `dictionary`: exact no-gos. */
  constructor(
    reserved: Iterable<string>,
    private readonly dictionary: ReadonlySet<string>,
  ) {
    for (const word of reserved)
      if (word.length >= 5) for (const variant of deletions(word)) this.neighbourhood.add(variant);
  }

  /** The next marker: consonant–vowel syllables, 7 to 9 letters ("tarovemi", "dukasipel"). */
  next(random: Random): string {
    for (let attempt = 0; attempt < 10_000; attempt += 1) {
      const word = pronounceable(random, intBetween(random, 7, 9));
      if (this.dictionary.has(word) || this.taken.has(word)) continue;
      const variants = deletions(word);
      if (variants.some((variant) => this.neighbourhood.has(variant))) continue;
      this.taken.add(word);
      for (const variant of variants) this.neighbourhood.add(variant);
      return word;
    }
    throw new Error('markers: could not find a fresh marker word in 10,000 attempts');
  }

  isMarker(word: string): boolean {
    return this.taken.has(word);
  }
}

function pronounceable(random: Random, length: number): string {
  let word = '';
  while (word.length < length) word += pick(random, [...CONSONANTS]) + pick(random, [...VOWELS]);
  // Odd lengths end on a consonant ("…pel"), even ones on a vowel ("…mi").
  return length % 2 === 1 ? word.slice(0, length - 1) + pick(random, [...CONSONANTS]) : word.slice(0, length);
}

export type TypoKind = 'substitute' | 'delete' | 'insert' | 'transpose';
export const TYPO_KINDS: readonly TypoKind[] = ['substitute', 'delete', 'insert', 'transpose'];

/**
 * One edit on an inner letter (the first and last letters stay, as people rarely miss those): the kind of slip a
 * fuzzy search must forgive. `rejects` says which results are not a typo of this marker (another marker, a real
 * word, the marker itself).
 */
export function typoOf(marker: string, kind: TypoKind, random: Random, rejects: (word: string) => boolean): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  for (let attempt = 0; attempt < 1_000; attempt += 1) {
    const at = intBetween(random, 1, marker.length - 2);
    let typo: string;
    switch (kind) {
      case 'substitute': {
        const letter = pick(
          random,
          [...letters].filter((candidate) => candidate !== marker[at]),
        );
        typo = marker.slice(0, at) + letter + marker.slice(at + 1);
        break;
      }
      case 'delete':
        typo = marker.slice(0, at) + marker.slice(at + 1);
        break;
      case 'insert':
        typo = marker.slice(0, at) + pick(random, [...letters]) + marker.slice(at);
        break;
      case 'transpose': {
        // Swap letters at and at+1, both inner; equal neighbours would give the marker back.
        const first = Math.min(at, marker.length - 3);
        if (marker[first] === marker[first + 1]) continue;
        typo = marker.slice(0, first) + marker[first + 1] + marker[first] + marker.slice(first + 2);
        break;
      }
    }
    if (typo !== marker && !rejects(typo)) return typo;
  }
  throw new Error(`markers: no ${kind} typo of "${marker}" passed the checks`);
}
