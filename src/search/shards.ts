/** FNV-1a: the same term lands in the same shard at build time and in the browser. */
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

/** Postings are stored as [gap, weight, gap, weight…]: small numbers keep shards small. */
export function encodePostings(postings: ReadonlyArray<readonly [docId: number, weight: number]>): number[] {
  const flat: number[] = [];
  let previous = 0;
  for (const [docId, weight] of postings) {
    flat.push(docId - previous, weight);
    previous = docId;
  }
  return flat;
}

export function decodePostings(flat: readonly number[]): Map<number, number> {
  const postings = new Map<number, number>();
  let docId = 0;
  for (let index = 0; index + 1 < flat.length; index += 2) {
    docId += flat[index]!;
    postings.set(docId, flat[index + 1]!);
  }
  return postings;
}

/**
 * Shards grow with the corpus, about one per two articles, so each query term costs one small file whatever
 * the collection's size.
 */
export function shardCountFor(docCount: number): number {
  let count = 1;
  while (count < 8192 && count * 2 < docCount) count *= 2;
  return count;
}
