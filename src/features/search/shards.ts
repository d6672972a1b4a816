/** FNV-1a: the same word pair lands in the same pair shard at build time and in the browser. */
export function shardOf(term: string, shardCount: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < term.length; index += 1) {
    hash ^= term.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) % shardCount;
}

/** The key under which the postings of two adjacent words are stored, for phrase matching. */
export function pairKey(first: string, second: string): string {
  return `${first} ${second}`;
}

/**
 * Postings are stored as [gap, weight, gap, weight…]: small numbers keep shards small. A term's list is encoded as
 * the documents are indexed, in ascending id order, so the build holds no list in any other form.
 */
export class PostingsEncoder {
  readonly flat: number[] = [];
  private lastDocId = 0;

  add(docId: number, weight: number): void {
    this.flat.push(docId - this.lastDocId, weight);
    this.lastDocId = docId;
  }

  get docCount(): number {
    return this.flat.length / 2;
  }
}

/** A term's postings as parallel arrays, doc ids ascending: a search scans them rather than looking them up. */
export interface PostingList {
  docIds: Int32Array;
  /** Weights in hundredths. */
  weights: Uint16Array;
}

export const NO_POSTINGS: PostingList = { docIds: new Int32Array(0), weights: new Uint16Array(0) };

export function decodePostings(flat: readonly number[]): PostingList {
  const count = flat.length >> 1;
  const docIds = new Int32Array(count);
  const weights = new Uint16Array(count);
  let docId = 0;
  for (let index = 0; index < count; index += 1) {
    docId += flat[2 * index]!;
    docIds[index] = docId;
    weights[index] = flat[2 * index + 1]!;
  }
  return { docIds, weights };
}

/**
 * Pair shards grow with the corpus, about one per two articles, so each phrase pair costs one small file
 * whatever the collection's size.
 */
export function shardCountFor(docCount: number): number {
  let count = 1;
  while (count < 8192 && count * 2 < docCount) count *= 2;
  return count;
}

/** About how many bytes of postings a word shard holds, so it stays one small download (a few KB gzipped). */
export const WORD_SHARD_BYTES = 12_000;

/**
 * Splits a run of items (terms in vocabulary order) into consecutive shards of about `limit` bytes each; an item
 * larger than the limit fills a shard alone. Returns how many items each shard holds, in order.
 */
export function runSizes(itemBytes: readonly number[], limit: number): number[] {
  const sizes: number[] = [];
  let items = 0;
  let bytes = 0;
  for (const size of itemBytes) {
    if (items > 0 && bytes + size > limit) {
      sizes.push(items);
      items = 0;
      bytes = 0;
    }
    items += 1;
    bytes += size;
  }
  if (items > 0) sizes.push(items);
  return sizes;
}

/** The lexicon shard a term belongs in: the last one whose first term is at or before it (the first, if none is). */
export function lexiconShardOf(starts: readonly string[], term: string): number {
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! <= term) low = middle + 1;
    else high = middle;
  }
  return Math.max(0, low - 1);
}
