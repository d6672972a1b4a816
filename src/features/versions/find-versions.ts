/**
 * Which archived articles are versions of the same piece: an outlet's original page and Global Research's
 * republication of it, or two republications. Two articles are versions when their titles are the same once
 * case, punctuation, quotes, dashes, diacritics and spacing are set aside, or when their texts share most of their
 * five-word runs. Versions of versions are versions (the groups are transitive).
 */
import { normalizeWord, terms } from '../search/normalize';
import {
  SIGNATURE_SIZE,
  estimatedJaccard,
  exactJaccard,
  lshBuckets,
  shingleHashes,
  signature as minHashSignature,
} from './minhash';

export interface VersionCandidate {
  id: string;
  title: string;
  /** The body as plain text. */
  text: string;
  /** The publication date of this copy (YYYY-MM-DD), which orders the versions. */
  date: string;
}

/**
 * Jaccard similarity of the two texts' five-word shingle sets at or above which they are one piece. Each changed
 * word breaks up to five shingles, so for texts of equal length J = 0.5 means that two thirds of each text's
 * shingles are shared: light copy-editing (about one word in fifteen changed), a republication that adds an
 * introduction or a note as long as the piece, or one that cuts it to half, all stay above it. Two different
 * articles by the same author on the same events, quoting the same statements, share far less (J well under
 * 0.1), so the threshold sits between the two with room on both sides of the MinHash estimate's ±0.044
 * standard error.
 */
export const VERSION_JACCARD = 0.5;

/**
 * Texts shorter than this are matched by title only: two bodies that read "Watch the video below." say nothing
 * about being the same piece.
 */
export const MIN_WORDS_FOR_TEXT_MATCH = 25;

/**
 * Groups larger than this are left ungrouped. One piece rarely has more than a handful of copies; a group of
 * dozens is texts that each overlap the next (a chain of recombined or updated pieces) or a recurring title
 * ("Weekly Review"), and all its pairs would be n(n − 1)/2 comparison pages: the synthetic 10,000-article bench
 * collection, whose bodies are recombined from 65 paragraphs, chains 1,196 articles into one group (725,000
 * pairs). Ten versions make at most 45 pages and a list of nine on each article.
 */
export const MAX_GROUP_SIZE = 10;

export interface FindVersionsOptions {
  maxGroupSize?: number;
  /** Told of each group left ungrouped for its size, its ids by date then id, so a build can say so. */
  onOversizedGroup?: (ids: string[]) => void;
}

/**
 * A title with case, diacritics, punctuation, quotes, dashes and spacing folded away, by the search index's own
 * normal form ("Aleppo’s “Liberation” — a Report" and "aleppos liberation a report" agree). Empty when the title
 * has no letters or digits, and such titles match nothing.
 */
export function titleKey(title: string): string {
  return terms(title).join(' ');
}

interface Shingled {
  signature: Uint32Array | undefined;
  /** The shingle set itself, kept only while it is no larger than the signature, for an exact comparison. */
  exact: Uint32Array | undefined;
}

const LETTERS_AND_DIGITS = /[\p{L}\p{N}]+/gu;

/**
 * The words of a body in the search index's normal form. Folding the whole text at once and then splitting it
 * gives the words `terms` gives (apostrophes are dropped either way, so "Russia's" is "russias") at a third of
 * the cost: 0.15 ms against 0.5 ms for an 800-word body, most of the time version finding takes.
 */
export function bodyWords(text: string): string[] {
  return normalizeWord(text).match(LETTERS_AND_DIGITS) ?? [];
}

function shingle(text: string): Shingled {
  const words = bodyWords(text);
  if (words.length < MIN_WORDS_FOR_TEXT_MATCH) return { signature: undefined, exact: undefined };
  const shingles = shingleHashes(words);
  return {
    signature: minHashSignature(shingles),
    exact: shingles.length <= SIGNATURE_SIZE ? shingles : undefined,
  };
}

/** The MinHash estimate, or the exact figure when both shingle sets were small enough to keep. */
function similarity(a: Shingled, b: Shingled): number {
  if (a.exact && b.exact) return exactJaccard(a.exact, b.exact);
  return estimatedJaccard(a.signature!, b.signature!);
}

/** Union–find over positions, with path halving and union by size. */
class DisjointSets {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  constructor(count: number) {
    this.parent = Int32Array.from({ length: count }, (_, at) => at);
    this.size = new Int32Array(count).fill(1);
  }

  find(at: number): number {
    let node = at;
    while (this.parent[node] !== node) {
      const grandparent = this.parent[this.parent[node]!]!;
      this.parent[node] = grandparent;
      node = grandparent;
    }
    return node;
  }

  union(a: number, b: number): void {
    let rootA = this.find(a);
    let rootB = this.find(b);
    if (rootA === rootB) return;
    if (this.size[rootA]! < this.size[rootB]!) [rootA, rootB] = [rootB, rootA];
    this.parent[rootB] = rootA;
    this.size[rootA]! += this.size[rootB]!;
  }
}

function byDateThenId(a: VersionCandidate, b: VersionCandidate): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * For every article's id (in the order given), the ids of its other versions, earliest publication first (same
 * day by id); an empty list when it has none, or when its group is larger than `maxGroupSize`. The groups depend
 * only on the articles, not on their order.
 */
export function findVersionGroups(
  articles: readonly VersionCandidate[],
  { maxGroupSize = MAX_GROUP_SIZE, onOversizedGroup }: FindVersionsOptions = {},
): Map<string, string[]> {
  const seen = new Set<string>();
  for (const { id } of articles) {
    if (seen.has(id)) throw new Error(`findVersionGroups: the id "${id}" is given twice`);
    seen.add(id);
  }
  const sets = new DisjointSets(articles.length);

  const firstWithTitle = new Map<string, number>();
  articles.forEach((article, at) => {
    const key = titleKey(article.title);
    if (key === '') return;
    const first = firstWithTitle.get(key);
    if (first === undefined) firstWithTitle.set(key, at);
    else sets.union(first, at);
  });

  const shingled = articles.map((article) => shingle(article.text));
  for (const bucket of lshBuckets(shingled.map(({ signature }) => signature))) {
    for (let i = 0; i < bucket.length; i += 1) {
      for (let j = i + 1; j < bucket.length; j += 1) {
        const a = bucket[i]!;
        const b = bucket[j]!;
        // A pair already joined needs no confirming: it would not change the groups, and a bucket of a thousand
        // copies of one text is then confirmed in a thousand comparisons, not half a million.
        if (sets.find(a) === sets.find(b)) continue;
        if (similarity(shingled[a]!, shingled[b]!) >= VERSION_JACCARD) sets.union(a, b);
      }
    }
  }

  const groups = new Map<number, VersionCandidate[]>();
  articles.forEach((article, at) => {
    const root = sets.find(at);
    const group = groups.get(root);
    if (group) group.push(article);
    else groups.set(root, [article]);
  });
  const orderedIds = new Map<number, string[]>();
  for (const [root, group] of groups) {
    const ids = group.sort(byDateThenId).map(({ id }) => id);
    if (ids.length > maxGroupSize) onOversizedGroup?.(ids);
    orderedIds.set(root, ids.length > maxGroupSize ? [] : ids);
  }
  const result = new Map<string, string[]>();
  articles.forEach(({ id }, at) => {
    const ids = orderedIds.get(sets.find(at))!;
    result.set(id, ids.length <= 1 ? [] : ids.filter((other) => other !== id));
  });
  return result;
}
