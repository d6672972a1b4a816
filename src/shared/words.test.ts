import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, countWordsBySegmenter } from './words';

/** Letters and digits weighted up, so words, joins and separators all meet each other often. */
const PLAIN = [...'aaaZZZ999', ...' \t\n\r\u00a0.,;:\'‘’"“”()[]{}!?-–—…/\\&%$#@*+=<>|~^`©®™°•'];
const plainText = fc.array(fc.constantFrom(...PLAIN), { maxLength: 40 }).map((chars) => chars.join(''));

describe('countWords', () => {
  it('counts English prose as a reader would', () => {
    expect(countWords('The U.S. didn’t say; 1,000.5 people – 36-year-old Amina – left on Dec 22.')).toBe(14);
    expect(countWords('')).toBe(0);
    expect(countWords('— … ©')).toBe(0);
  });

  it('gives the Unicode segmenter’s count for any text written with the plain-text characters', () => {
    fc.assert(
      fc.property(plainText, (text) => countWords(text) === countWordsBySegmenter(text)),
      { numRuns: 20_000, seed: 6 },
    );
  });

  it('counts words in other scripts, and mixed with plain text, with the segmenter', () => {
    expect(countWords('مدينة حلب – Aleppo city')).toBe(4);
    fc.assert(
      fc.property(plainText, fc.string({ unit: 'grapheme', maxLength: 10 }), plainText, (before, any, after) => {
        const text = before + any + after;
        return countWords(text) === countWordsBySegmenter(text);
      }),
      { numRuns: 5_000, seed: 6 },
    );
  });
});
