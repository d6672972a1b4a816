import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LSH_BANDS,
  SIGNATURE_SIZE,
  estimatedJaccard,
  exactJaccard,
  hashWord,
  lshBuckets,
  shingleHashes,
  signature,
} from './minhash';

/** Made-up words, "w0 w1 w2 …", so sets of known overlap are easy to build. */
const words = (from: number, to: number): string[] => Array.from({ length: to - from }, (_, at) => `w${from + at}`);

describe('hashWord', () => {
  it('gives the same word the same hash and different words different hashes', () => {
    expect(hashWord('convoy')).toBe(hashWord('convoy'));
    expect(hashWord('convoy')).not.toBe(hashWord('convey'));
    expect(hashWord('')).toBeGreaterThanOrEqual(0);
  });
});

describe('shingleHashes', () => {
  it('keeps one hash per distinct run of five words, ascending', () => {
    const hashes = shingleHashes('a b c d e f a b c d e'.split(' '));
    // Seven windows, of which "a b c d e" occurs twice.
    expect(hashes).toHaveLength(6);
    expect([...hashes]).toEqual([...hashes].sort((x, y) => x - y));
  });

  it('tells word order apart', () => {
    expect(shingleHashes('a b c d e'.split(' '))).not.toEqual(shingleHashes('e d c b a'.split(' ')));
  });

  it('makes a text shorter than a shingle one shingle, and no words no shingles', () => {
    expect(shingleHashes(['ceasefire', 'holds'])).toHaveLength(1);
    expect(shingleHashes(['ceasefire', 'holds'])).toEqual(shingleHashes(['ceasefire', 'holds']));
    expect(shingleHashes([])).toHaveLength(0);
  });
});

describe('exactJaccard', () => {
  it('divides the shared values by all values', () => {
    expect(exactJaccard(Uint32Array.of(1, 2, 3, 4), Uint32Array.of(3, 4, 5, 6))).toBeCloseTo(2 / 6);
    expect(exactJaccard(Uint32Array.of(1, 2), Uint32Array.of(1, 2))).toBe(1);
    expect(exactJaccard(Uint32Array.of(1), Uint32Array.of(2))).toBe(0);
  });
});

describe('signature', () => {
  it('has no signature for an empty text', () => {
    expect(signature(new Uint32Array(0))).toBeUndefined();
    expect(signature(shingleHashes(['one']))).toHaveLength(SIGNATURE_SIZE);
  });

  it('estimates Jaccard similarity within a few standard errors', () => {
    // 1,000-word texts that share a stretch of their words: exact overlaps from about 0.1 to 0.8.
    for (const shared of [200, 500, 700, 900]) {
      const a = shingleHashes(words(0, 1000));
      const b = shingleHashes(words(1000 - shared, 2000 - shared));
      const exact = exactJaccard(a, b);
      // The estimate's standard error is at most 0.5 / √128 ≈ 0.044.
      expect(Math.abs(estimatedJaccard(signature(a)!, signature(b)!) - exact)).toBeLessThan(0.15);
    }
  });

  it('is the position-wise minimum of its parts: the signature of a union', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 1, maxLength: 40 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 0xffffffff }), { minLength: 1, maxLength: 40 }),
        (left, right) => {
          const union = Uint32Array.from(new Set([...left, ...right])).sort();
          const a = signature(Uint32Array.from(left).sort())!;
          const b = signature(Uint32Array.from(right).sort())!;
          expect([...signature(union)!]).toEqual([...a].map((value, at) => Math.min(value, b[at]!)));
        },
      ),
    );
  });
});

describe('lshBuckets', () => {
  const signatureOf = (from: number, to: number) => signature(shingleHashes(words(from, to)));

  it('puts identical texts together in every band, and skips texts without a signature', () => {
    const buckets = [...lshBuckets([signatureOf(0, 300), undefined, signatureOf(0, 300)])];
    expect(buckets).toHaveLength(LSH_BANDS);
    for (const bucket of buckets) expect(bucket).toEqual([0, 2]);
  });

  it('finds a near copy and leaves an unrelated text out', () => {
    // Texts 0 and 1 share 800 of 900 words (J ≈ 0.8); text 2 shares none.
    const buckets = [...lshBuckets([signatureOf(0, 900), signatureOf(100, 1000), signatureOf(5000, 5900)])];
    expect(buckets.length).toBeGreaterThan(0);
    for (const bucket of buckets) expect(bucket).toEqual([0, 1]);
  });

  it('refuses signatures too short for the bands', () => {
    expect(() => [...lshBuckets([new Uint32Array(4)], 2, 3)]).toThrow(/shorter/);
  });
});
