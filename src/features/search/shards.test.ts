import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodePostings, PostingsEncoder, wordShardAt, wordShardSizes, wordShardStarts } from './shards';

describe('word shards', () => {
  it('cut the vocabulary into runs that stay under the size limit, a large term alone', () => {
    expect(wordShardSizes([4, 4, 4, 20, 4, 4], 10)).toEqual([2, 1, 1, 2]);
    expect(wordShardSizes([], 10)).toEqual([]);
  });

  it('cover every term once, and find each term in the shard that holds it', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { maxLength: 200 }), (bytes) => {
        const sizes = wordShardSizes(bytes, 60);
        expect(sizes.reduce((sum, size) => sum + size, 0)).toBe(bytes.length);
        const starts = wordShardStarts(sizes);
        bytes.forEach((_, position) => {
          const shard = wordShardAt(starts, position);
          expect(starts[shard]).toBeLessThanOrEqual(position);
          expect(position).toBeLessThan(starts[shard]! + sizes[shard]!);
        });
        sizes.forEach((size, shard) => {
          const shardBytes = bytes.slice(starts[shard], starts[shard]! + size).reduce((sum, value) => sum + value, 0);
          if (size > 1) expect(shardBytes).toBeLessThanOrEqual(60);
        });
      }),
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
