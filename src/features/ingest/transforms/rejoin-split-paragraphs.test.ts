import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import rejoinSplitParagraphs from './rejoin-split-paragraphs';
import { runTransform } from './test-helpers';

const paragraphs = (markdown: string) =>
  runTransform(rejoinSplitParagraphs, markdown).tree.children.map((node) => toString(node));

describe('rejoin-split-paragraphs: joins', () => {
  it('joins "…joined the CIA" and "equipped Zinki group…" with one space', () => {
    const { markdown, cleaning } = runTransform(
      rejoinSplitParagraphs,
      'Yesterday the al-Qaeda group Jabhat al-Nusra joined the CIA\n\nequipped Zinki group in attacks on the headquarters.\n',
    );
    expect(markdown).toBe(
      'Yesterday the al-Qaeda group Jabhat al-Nusra joined the CIA equipped Zinki group in attacks on the headquarters.\n',
    );
    expect(cleaning.repaired).toEqual([{ kind: 'split-paragraph-rejoined', count: 1 }]);
  });

  it('joins "[some]" and "21,000+ civilians" when a lower-case word stops before a number', () => {
    const { markdown } = runTransform(
      rejoinSplitParagraphs,
      'Since the start of the offense on east-Aleppo [some](#)\n\n[21,000+](#) civilians have left.\n',
    );
    expect(markdown).toBe(
      'Since the start of the offense on east-Aleppo [some](#) [21,000+](#) civilians have left.\n',
    );
  });

  it('joins a three-way chain into one paragraph', () => {
    const { markdown, cleaning } = runTransform(
      rejoinSplitParagraphs,
      'important hill tops\n\ncaptured by the\n\nterrorist group in the area.\n',
    );
    expect(markdown).toBe('important hill tops captured by the terrorist group in the area.\n');
    expect(cleaning.repaired).toEqual([{ kind: 'split-paragraph-rejoined', count: 2 }]);
  });

  it('joins after a comma', () => {
    expect(paragraphs('When the hell canons fell silent,\n\nthere was elation.\n')).toEqual([
      'When the hell canons fell silent, there was elation.',
    ]);
  });

  it('does not leave double spaces at the seam', () => {
    expect(paragraphs('joined the CIA \u00a0\n\n  equipped Zinki group.\n')).toEqual([
      'joined the CIA equipped Zinki group.',
    ]);
  });
});

describe('rejoin-split-paragraphs: leaves whole paragraphs alone', () => {
  it.each([
    [
      'a paragraph ending in "." before a lower-case one',
      'The operation has now vanished.\n\nmeanwhile the war goes on.\n',
    ],
    ['a date line before a bare URL', 'December 4, 6 PM\n\nwashingtoninstitute.org/ar/policy-anal...\n'],
    ['a line before an upper-case paragraph', 'GR Editor’s Note\n\nMost mainstream media will accuse Syrian forces.\n'],
    ['a capitalised word before a number', 'Balanche @FabriceBalanche · Dec 4\n\n21 people left.\n'],
    ['Arabic text before a date', 'Map updated on #حلب بداية النهاية\n\nDecember 4, 6 PM\n'],
  ])('keeps %s', (_label, body) => {
    const { markdown, cleaning } = runTransform(rejoinSplitParagraphs, body);
    expect(markdown).toBe(body);
    expect(cleaning.repaired).toEqual([]);
  });

  it('does not join a paragraph to a following list or heading', () => {
    const body = 'The list of demands included\n\n- a ceasefire\n\n## the aftermath\n';
    expect(runTransform(rejoinSplitParagraphs, body).markdown).toBe(body);
  });
});
