import { describe, expect, it } from 'vitest';
import { MAX_WORD_EDITS, compareVersions, paragraphsOf, summaryText, type ComparisonPart } from './compare-versions';
import { HARBOUR_PIECE, HARBOUR_REPUBLISHED, ORCHARD_PIECE } from './fixtures';

/** A paragraph as one line, removals in [-…-] and additions in {+…+}, so expectations read at a glance. */
const marked = (parts: readonly ComparisonPart[]): string =>
  parts
    .map(({ kind, text }) => (kind === 'removed' ? `[-${text}-]` : kind === 'added' ? `{+${text}+}` : text))
    .join('');

const EARLIER = [
  'The ferry stopped on a Tuesday. Nobody knew why. The quay was empty by noon.',
  'The mayor wrote to the ministry.',
].join('\n\n');

describe('paragraphsOf', () => {
  it('splits at blank lines and collapses white space inside each paragraph', () => {
    expect(paragraphsOf('\n One\n two. \n\n\n  Three.\n \nFour.  ')).toEqual(['One two.', 'Three.', 'Four.']);
    expect(paragraphsOf('  \n\n ')).toEqual([]);
  });
});

describe('compareVersions', () => {
  it('finds no difference between identical texts, nor in different spacing', () => {
    const { paragraphs, summary } = compareVersions(EARLIER, EARLIER.replace(/ /g, '  ').replace('\n\n', '\n \n\n'));
    expect(paragraphs.map(marked)).toEqual(paragraphsOf(EARLIER));
    expect(summary).toEqual({ removed: 0, added: 0, changed: 0 });
  });

  it('marks a dropped sentence as removed', () => {
    const later = EARLIER.replace(' Nobody knew why.', '');
    const { paragraphs, summary } = compareVersions(EARLIER, later);
    expect(paragraphs.map(marked)).toEqual([
      'The ferry stopped on a Tuesday. [-Nobody knew why. -]The quay was empty by noon.',
      'The mayor wrote to the ministry.',
    ]);
    expect(summary).toEqual({ removed: 1, added: 0, changed: 0 });
  });

  it('marks a changed word, and counts its sentence as changed', () => {
    const { paragraphs, summary } = compareVersions(EARLIER, EARLIER.replace('noon', 'evening'));
    expect(paragraphs.map(marked)[0]).toBe(
      'The ferry stopped on a Tuesday. Nobody knew why. The quay was empty by [-noon-]{+evening+}.',
    );
    expect(summary).toEqual({ removed: 0, added: 0, changed: 1 });
  });

  it('shows an added paragraph as a paragraph of its own', () => {
    const later = `${EARLIER}\n\nThe ferry ran again in March. It was late.`;
    const { paragraphs, summary } = compareVersions(EARLIER, later);
    expect(paragraphs.map(marked)).toEqual([
      ...paragraphsOf(EARLIER),
      '{+The ferry ran again in March. It was late.+}',
    ]);
    expect(summary).toEqual({ removed: 0, added: 2, changed: 0 });
  });

  it('shows a removed paragraph in its place, and a split paragraph as no change', () => {
    const earlier = ['First part. Second part.', 'A paragraph that goes.', 'The end.'].join('\n\n');
    const later = ['First part.', 'Second part.', 'The end.'].join('\n\n');
    const { paragraphs, summary } = compareVersions(earlier, later);
    expect(paragraphs.map(marked)).toEqual(['First part.', 'Second part.', '[-A paragraph that goes.-]', 'The end.']);
    expect(summary).toEqual({ removed: 1, added: 0, changed: 0 });
  });

  it('pairs reworded sentences as changed and counts the rest of the run as removed or added', () => {
    const earlier = 'One stays. Two goes. Three goes. Four goes. Five stays.';
    const later = 'One stays. Two went. Three went. Five stays. Six is new.';
    expect(compareVersions(earlier, later).summary).toEqual({ removed: 1, added: 1, changed: 2 });
  });

  it('compares a republication with its original', () => {
    const { paragraphs, summary } = compareVersions(HARBOUR_PIECE, HARBOUR_REPUBLISHED);
    expect(paragraphs.map(marked)[0]).toBe('{+This article first appeared in the Oskerby Courier.+}');
    expect(paragraphs.map(marked)[2]).toContain('the old stone [-quay-]{+pier+} and waited.');
    expect(summary).toEqual({ removed: 0, added: 2, changed: 1 });
  });

  it('shows texts that share only a title as one removed and the other added', () => {
    const { paragraphs, summary } = compareVersions(HARBOUR_PIECE, ORCHARD_PIECE);
    expect(paragraphs.map((parts) => parts.map(({ kind }) => kind).join())).toEqual([
      ...paragraphsOf(HARBOUR_PIECE).map(() => 'removed'),
      ...paragraphsOf(ORCHARD_PIECE).map(() => 'added'),
    ]);
    expect(summary).toEqual({ removed: 0, added: 0, changed: 4 });
  });

  it('diffs an excerpt against the whole piece word by word', () => {
    const excerpt = paragraphsOf(HARBOUR_PIECE)[1]!;
    const { paragraphs } = compareVersions(excerpt, HARBOUR_PIECE);
    expect(paragraphs.map(marked)).toEqual(
      paragraphsOf(HARBOUR_PIECE).map((paragraph) => (paragraph === excerpt ? paragraph : `{+${paragraph}+}`)),
    );
  });

  it('keeps a paragraph both versions have whole, rather than matching the small words of the paragraphs around it', () => {
    // The paragraphs around it share only small words, and more of them than it has words: a word diff alone takes those.
    const kept = 'The convoy reached the northern crossing at dawn and waited for the inspectors to arrive.';
    const earlier = [
      'It is the view of the mayor of the town that the end of the war is in the hands of the few, and of the many who are in the pay of the few in the west of the land.',
      kept,
    ].join('\n\n');
    const later = [
      kept,
      'In the eyes of the press of the capital the fate of the city is in the gift of the great powers of the day, and of the men in the pay of the great in the east of the land.',
    ].join('\n\n');
    const { paragraphs } = compareVersions(earlier, later);
    expect(paragraphs.map(marked)).toEqual([`[-${paragraphsOf(earlier)[0]}-]`, kept, `{+${paragraphsOf(later)[1]}+}`]);
  });

  it('gives up on a word-by-word diff past the edit limit', () => {
    const earlier = 'One two three four five six seven eight nine ten.';
    const later = 'One two three four five six seven eight nine ten and eleven twelve thirteen.';
    const kinds = (maxWordEdits: number) =>
      compareVersions(earlier, later, { maxWordEdits }).paragraphs.map((parts) => parts.map(({ kind }) => kind).join());
    expect(kinds(MAX_WORD_EDITS)).toEqual(['same,added,same']);
    expect(kinds(3)).toEqual(['removed', 'added']);
  });
});

describe('summaryText', () => {
  it('names each count, the noun with the first, in the later version', () => {
    expect(summaryText({ removed: 2, added: 0, changed: 1 }, 'the republication')).toBe(
      '2 sentences removed, 1 changed in the republication',
    );
    expect(summaryText({ removed: 0, added: 1, changed: 0 }, 'the republication')).toBe(
      '1 sentence added in the republication',
    );
    expect(summaryText({ removed: 1, added: 1200, changed: 3 }, 'the later version')).toBe(
      '1 sentence removed, 3 changed, 1,200 added in the later version',
    );
  });

  it('says so when nothing differs', () => {
    expect(summaryText({ removed: 0, added: 0, changed: 0 }, 'the republication')).toBe('No difference in the text');
  });
});
