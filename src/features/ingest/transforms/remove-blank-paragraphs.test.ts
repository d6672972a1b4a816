import { describe, expect, it } from 'vitest';
import removeBlankParagraphs from './remove-blank-paragraphs';
import { runTransform } from './test-helpers';

const NBSP = '\u00a0';

describe('remove-blank-paragraphs', () => {
  it('removes NBSP-only paragraphs and counts each', () => {
    const { markdown, cleaning } = runTransform(
      removeBlankParagraphs,
      `Map via Fabrice Balanche\n\n${NBSP}\n\n${NBSP} ${NBSP}\n\nBalanche @FabriceBalanche · Dec 4\n`,
    );
    expect(markdown).toBe('Map via Fabrice Balanche\n\nBalanche @FabriceBalanche · Dec 4\n');
    expect(cleaning.removed).toEqual([{ kind: 'blank-line', count: 2 }]);
  });

  it('removes NBSP-only paragraphs inside a block quote', () => {
    const { markdown, cleaning } = runTransform(removeBlankParagraphs, `> Quoted.\n>\n> ${NBSP}\n>\n> More.\n`);
    expect(markdown).toBe('> Quoted.\n>\n> More.\n');
    expect(cleaning.removed).toEqual([{ kind: 'blank-line', count: 1 }]);
  });

  it('keeps paragraphs with text, including text padded with NBSP', () => {
    const body = `First paragraph.\n\n${NBSP}Second, padded.\n\n* * *\n\nThird.\n`;
    const { markdown, cleaning } = runTransform(removeBlankParagraphs, body);
    expect(markdown).toContain('First paragraph.');
    expect(markdown).toContain('Second, padded.');
    expect(markdown).toContain('Third.');
    expect(markdown).toContain('* * *');
    expect(cleaning.removed).toEqual([]);
  });
});
