import { describe, expect, it } from 'vitest';
import { sentenceAt, sentencesOf } from './sentences';

describe('sentencesOf', () => {
  it('splits a paragraph into its sentences', () => {
    expect(sentencesOf('Aleppo fell. The buses left! Did they?').map((s) => s.text)).toEqual([
      'Aleppo fell.',
      'The buses left!',
      'Did they?',
    ]);
  });

  it('does not break after abbreviations and initials', () => {
    const text = 'The U.S. Army and Mr. Kirby spoke on Dec. 12 about John F. Kennedy. Then it ended.';
    expect(sentencesOf(text).map((s) => s.text)).toEqual([
      'The U.S. Army and Mr. Kirby spoke on Dec. 12 about John F. Kennedy.',
      'Then it ended.',
    ]);
  });

  it('gives offsets that slice back to each sentence', () => {
    const text = 'One two.  Three four.';
    for (const sentence of sentencesOf(text))
      expect(text.slice(sentence.start, sentence.end).trim()).toBe(sentence.text);
  });

  it('finds the sentence around an offset', () => {
    const text = 'First sentence. On Dec 22 the last bus left.';
    expect(sentenceAt(text, text.indexOf('Dec'))?.text).toBe('On Dec 22 the last bus left.');
  });
});
