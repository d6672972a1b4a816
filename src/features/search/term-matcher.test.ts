import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withinOneEdit } from './edit-distance';
import { termsWithPrefix, TermMatcher, typoBucketKey, typoBuckets, type VocabularyReader } from './term-matcher';

/** The whole vocabulary in memory, sorted, read as the engine reads the served pieces. */
function vocabularyOf(sorted: readonly string[]): VocabularyReader {
  const known = new Set(sorted);
  const buckets = typoBuckets(sorted);
  return {
    has: async (term) => known.has(term),
    withPrefix: async (prefix) => termsWithPrefix(sorted, prefix),
    typoBucket: async (bucket) => buckets.get(typoBucketKey(bucket)) ?? [],
  };
}
const matcherOf = (sorted: readonly string[]) => new TermMatcher(vocabularyOf(sorted));

const vocabulary = [
  'aleppo',
  'halabja',
  'hezbollah',
  'rebel',
  'rebels',
  'tias',
  'tyas',
  'white',
  'while',
  'zinki',
].sort();
const matcher = matcherOf(vocabulary);
const termsOf = async (word: string, beingTyped = false) =>
  (await matcher.match(word, beingTyped)).map(({ term }) => term);

describe('TermMatcher', () => {
  it('finds a word one edit away wherever the edit falls', async () => {
    expect(await termsOf('halabya')).toContain('halabja'); // inside
    expect(await termsOf('jalabja')).toContain('halabja'); // first letter replaced
    expect(await termsOf('halabjo')).toContain('halabja'); // last letter replaced
    expect(await termsOf('alabja')).toContain('halabja'); // first letter lost
    expect(await termsOf('shalabja')).toContain('halabja'); // letter added in front
    expect(await termsOf('halabj')).toContain('halabja'); // last letter lost
    expect(await termsOf('ahlabja')).toContain('halabja'); // first two swapped
    expect(await termsOf('halabaj')).toContain('halabja'); // last two swapped
  });

  it('finds two letters swapped, even in a word of four letters', async () => {
    expect(await termsOf('tays')).toContain('tyas');
    expect(await termsOf('halbaja')).toContain('halabja');
  });

  it('keeps the true neighbour among more than forty lookalikes that Fuse would score as well', async () => {
    // Two letters changed: Fuse scores each like the neighbour below (a swap is two errors to it) and ranks
    // equal scores in vocabulary order, where all of these come first. None is one edit from the typed word.
    const lookalikes = [...'abcdefghijk'].flatMap((third) => [...'aeiou'].map((sixth) => `ha${third}ba${sixth}a`));
    const typed = 'halbaja';
    expect(lookalikes.length).toBeGreaterThan(40);
    expect(lookalikes.filter((term) => withinOneEdit(typed, term))).toEqual([]);
    const crowded = matcherOf([...lookalikes, 'halabja'].sort());
    expect(await crowded.match(typed, false)).toEqual([{ term: 'halabja', kind: 'typo' }]);
  });

  it('keeps the ten closest of more neighbours, a changed letter before two letters swapped', async () => {
    const typed = 'tovigume';
    const changedLast = [...'abcdfghijkl'].map((letter) => `tovigum${letter}`);
    // First in vocabulary order, and one edit away, but two errors to Fuse.
    const swapped = 'tovigmue';
    const crowded = matcherOf([...changedLast, swapped].sort());
    const found = (await crowded.match(typed, false)).map(({ term }) => term);
    expect(found).toEqual(changedLast.slice(0, 10));
  });

  it('keeps the word itself first and adds its one-edit variants', async () => {
    expect(await matcher.match('tyas', false)).toEqual([
      { term: 'tyas', kind: 'exact' },
      { term: 'tias', kind: 'typo' },
    ]);
  });

  it('never offers a word two edits away', async () => {
    expect(await termsOf('halbaya')).not.toContain('halabja');
    expect(await termsOf('hizbullah')).not.toContain('hezbollah');
  });

  it('completes a word being typed from its prefix, shortest completions first', async () => {
    expect(await matcher.match('reb', true)).toEqual([
      { term: 'rebel', kind: 'prefix' },
      { term: 'rebels', kind: 'prefix' },
    ]);
  });

  it('completes a word being typed even when it is a word itself, keeping it exact and first', async () => {
    const matches = await matcher.match('rebel', true);
    expect(matches[0]).toEqual({ term: 'rebel', kind: 'exact' });
    expect(matches).toContainEqual({ term: 'rebels', kind: 'prefix' });
    expect(await matcher.match('rebel', false)).not.toContainEqual({ term: 'rebels', kind: 'prefix' });
  });

  it('proposes exactly the one-edit neighbours that exist, for random words and vocabularies', async () => {
    const word = fc.stringMatching(/^[a-d]{4,7}$/);
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(word, { minLength: 1, maxLength: 40 }), word, async (terms, query) => {
        const sorted = [...terms].sort();
        const expected = sorted.filter((term) => term !== query && withinOneEdit(query, term));
        const typos = (await matcherOf(sorted).match(query, false))
          .filter(({ kind }) => kind === 'typo')
          .map(({ term }) => term);
        // At most ten typos are offered; within that, none is missed and none is invented.
        expect(typos.length).toBe(Math.min(10, expected.length));
        for (const term of typos) expect(expected).toContain(term);
      }),
      { numRuns: 300, seed: 20161222 },
    );
  });

  it('finds a word with any two neighbouring letters swapped, for random words and vocabularies', async () => {
    const word = fc.stringMatching(/^[a-d]{4,9}$/);
    await fc.assert(
      fc.asyncProperty(word, fc.nat(), fc.uniqueArray(word, { maxLength: 60 }), async (term, at, others) => {
        const swap = at % (term.length - 1);
        const typed = term.slice(0, swap) + term[swap + 1]! + term[swap]! + term.slice(swap + 2);
        fc.pre(typed !== term);
        const vocabulary = [...new Set([term, ...others])].filter((other) => other !== typed).sort();
        const typos = (await matcherOf(vocabulary).match(typed, false)).map(({ term: found }) => found);
        // At most ten neighbours are offered, so the swapped word must be one of them when there are no more.
        const neighbours = vocabulary.filter((other) => withinOneEdit(typed, other));
        if (neighbours.length <= 10) expect(typos).toContain(term);
      }),
      { numRuns: 300, seed: 20161222 },
    );
  });
});
