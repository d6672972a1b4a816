import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePostings, lexiconShardOf, PostingsEncoder, runSizes } from './shards';

describe('runs of the vocabulary', () => {
  it('stay under the size limit, a large term alone', () => {
    expect(runSizes([4, 4, 4, 20, 4, 4], 10)).toEqual([2, 1, 1, 2]);
    expect(runSizes([], 10)).toEqual([]);
  });

  it('cover every term once, each run under the limit unless it holds one term', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 200 }), (bytes) => {
        const sizes = runSizes(bytes, 60);
        expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(bytes.length);
        let start = 0;
        for (const size of sizes) {
          expect(size).toBeGreaterThan(0);
          const runBytes = bytes.slice(start, start + size).reduce((sum, value) => sum + value, 0);
          if (size > 1) expect(runBytes).toBeLessThanOrEqual(60);
          start += size;
        }
      }),
    );
  });

  it('find each term, and each place a term would go, in the lexicon shard whose run covers it', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[a-e]{1,5}$/), { minLength: 1, maxLength: 80 }),
        fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 80, maxLength: 80 }),
        fc.stringMatching(/^[a-e]{0,5}$/),
        (words, runs, probe) => {
          const sorted = [...words].sort();
          const shards: string[][] = [];
          for (let start = 0, at = 0; start < sorted.length; start += runs[at++]!)
            shards.push(sorted.slice(start, start + runs[at]!));
          const starts = shards.map((shard) => shard[0]!);
          for (const [index, shard] of shards.entries())
            for (const term of shard) expect(lexiconShardOf(starts, term)).toBe(index);
          // A word not in the vocabulary would sit in the run that covers its place, or the first.
          const shard = lexiconShardOf(starts, probe);
          expect(shard === 0 || starts[shard]! <= probe).toBe(true);
          if (shard + 1 < starts.length) expect(probe < starts[shard + 1]!).toBe(true);
        },
      ),
    );
  });
});

describe('postings encoding', () => {
  it('round-trips ascending document ids with their weights', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(100_000)), fc.nat(500), (ids, weight) => {
        const postings = [...ids].sort((a, b) => a - b).map((id) => [id, weight + 1] as const);
        const encoder = new PostingsEncoder();
        for (const [id, w] of postings) encoder.add(id, w);
        expect(encoder.docCount).toBe(postings.length);
        const decoded = decodePostings(encoder.flat);
        expect([...decoded.docIds]).toEqual(postings.map(([id]) => id));
        expect([...decoded.weights]).toEqual(postings.map(([, w]) => w));
      }),
    );
  });
});
