/**
 * MinHash signatures and LSH banding, so near-duplicate texts can be found among a hundred thousand without
 * comparing every pair. A text is a set of word shingles (each run of `SHINGLE_WORDS` words, hashed to 32 bits);
 * its signature keeps, for each of `SIGNATURE_SIZE` hash functions, the smallest hash over its shingles. Two
 * signatures agree at a position with probability equal to the Jaccard similarity of the two sets.
 *
 * No MinHash library is installed, and this one is small: 32-bit arithmetic with Math.imul, which V8 keeps in
 * integer registers, so a signature of an 800-word text costs about a hundred thousand multiplications.
 */

export const SHINGLE_WORDS = 5;
export const SIGNATURE_SIZE = 128;

/**
 * 42 bands of 3 rows: two texts become candidates when all 3 values of any one band agree, with probability
 * 1 − (1 − J³)⁴². That is 0.996 at J = 0.5 (the version threshold) and 0.9999 at J = 0.6, but 0.005 at J = 0.05,
 * the overlap two articles quoting the same passages tend to have, so few false candidates need confirming.
 * (32 bands of 4 rows would find only 87% of pairs at J = 0.5; 64 of 2 would flag 15% of pairs at J = 0.05.)
 * The signature's last 2 values take part only in the estimate.
 */
export const LSH_BANDS = 42;
export const LSH_ROWS = 3;

/** The finaliser of MurmurHash3: spreads every input bit over the whole word. A bijection on 32-bit values. */
function mix32(value: number): number {
  let hash = value;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** FNV-1a over UTF-16 code units, then mixed: fast, and good enough to tell words apart in 32 bits. */
export function hashWord(word: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < word.length; index += 1) {
    hash ^= word.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return mix32(hash);
}

/**
 * The distinct shingle hashes of a list of words, ascending. A text shorter than one shingle is a single shingle
 * of all its words, so a three-word text still matches its own copy; no words, no shingles.
 */
export function shingleHashes(words: readonly string[], size = SHINGLE_WORDS): Uint32Array {
  if (words.length === 0) return new Uint32Array(0);
  const wordHashes = words.map(hashWord);
  const width = Math.min(size, wordHashes.length);
  const hashes = new Uint32Array(wordHashes.length - width + 1);
  for (let start = 0; start < hashes.length; start += 1) {
    let hash = width;
    for (let offset = 0; offset < width; offset += 1) {
      // Order matters: "a b c" and "c b a" are different shingles, so each step mixes before adding the next word.
      hash = mix32(Math.imul(hash, 0x9e3779b1) ^ wordHashes[start + offset]!);
    }
    hashes[start] = hash;
  }
  hashes.sort();
  let distinct = 0;
  for (let index = 0; index < hashes.length; index += 1) {
    if (index === 0 || hashes[index] !== hashes[distinct - 1]) hashes[distinct++] = hashes[index]!;
  }
  return hashes.slice(0, distinct);
}

/** Fixed seeds, one per hash function, drawn from a fixed sequence so every build computes the same signatures. */
function seeds(count: number): Uint32Array {
  const result = new Uint32Array(count);
  let state = 0x2545f491;
  for (let index = 0; index < count; index += 1) {
    state = (state + 0x9e3779b9) >>> 0;
    result[index] = mix32(state);
  }
  return result;
}

const SEEDS = seeds(SIGNATURE_SIZE);

/**
 * The MinHash signature of a shingle set: hash function i is mix32(shingle ^ seed i), a different permutation of
 * the 32-bit values for every seed. Undefined for an empty set, whose signature would be all maxima and would
 * match every other empty text.
 */
export function signature(shingles: Uint32Array): Uint32Array | undefined {
  if (shingles.length === 0) return undefined;
  const result = new Uint32Array(SIGNATURE_SIZE).fill(0xffffffff);
  for (let at = 0; at < shingles.length; at += 1) {
    const shingle = shingles[at]!;
    for (let index = 0; index < SIGNATURE_SIZE; index += 1) {
      const hash = mix32(shingle ^ SEEDS[index]!);
      if (hash < result[index]!) result[index] = hash;
    }
  }
  return result;
}

/** The share of positions where two signatures agree: an unbiased estimate of the sets' Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length !== b.length) throw new Error('estimatedJaccard: signatures of different sizes');
  let agree = 0;
  for (let index = 0; index < a.length; index += 1) if (a[index] === b[index]) agree += 1;
  return agree / a.length;
}

/** |A ∩ B| / |A ∪ B| of two ascending sets of distinct values, by one merge. */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let shared = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a[i]! < b[j]!) {
      i += 1;
    } else {
      j += 1;
    }
  }
  return shared / (a.length + b.length - shared);
}

/**
 * The LSH buckets: for each band in turn, the positions (ascending) of the signatures that agree on all of that
 * band's rows, when more than one does. A band is hashed to 53 bits, so unrelated texts almost never share a
 * bucket by accident (and a pair that does is only a candidate: the caller confirms it). One band's table is
 * held at a time, so memory stays at one entry per text.
 */
export function* lshBuckets(
  signatures: readonly (Uint32Array | undefined)[],
  bands = LSH_BANDS,
  rows = LSH_ROWS,
): Generator<number[]> {
  for (let band = 0; band < bands; band += 1) {
    const buckets = new Map<number, number[]>();
    for (let at = 0; at < signatures.length; at += 1) {
      const values = signatures[at];
      if (!values) continue;
      if (values.length < bands * rows) throw new Error('lshBuckets: signature shorter than bands × rows');
      let high = band;
      let low = ~band;
      for (let row = band * rows; row < (band + 1) * rows; row += 1) {
        high = mix32(Math.imul(high, 0x9e3779b1) ^ values[row]!);
        low = mix32(Math.imul(low, 0x85ebca77) ^ values[row]!);
      }
      const key = high * 2 ** 21 + (low >>> 11);
      const bucket = buckets.get(key);
      if (bucket) bucket.push(at);
      else buckets.set(key, [at]);
    }
    for (const bucket of buckets.values()) if (bucket.length > 1) yield bucket;
  }
}
