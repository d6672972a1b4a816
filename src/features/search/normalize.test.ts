import { describe, expect, it } from 'vitest';
import { normalizeWord, terms, tokenize } from './normalize';

describe('normalizeWord', () => {
  it('ignores case and diacritics', () => {
    expect(normalizeWord('Erdoğan')).toBe('erdogan');
    expect(normalizeWord('ÉLYSÉE')).toBe('elysee');
    expect(normalizeWord('Zürich')).toBe('zurich');
  });

  it('folds Arabic spelling variants and strips short-vowel marks', () => {
    expect(normalizeWord('أحمد')).toBe(normalizeWord('احمد'));
    expect(normalizeWord('إدلب')).toBe(normalizeWord('ادلب'));
    expect(normalizeWord('مصطفى')).toBe(normalizeWord('مصطفي'));
    expect(normalizeWord('حَلَب')).toBe('حلب');
    expect(normalizeWord('حـلـب')).toBe('حلب');
  });

  it('keeps words in other scripts as words', () => {
    expect(normalizeWord('Привет')).toBe('привет');
  });
});

describe('tokenize', () => {
  it('splits on punctuation, so al-Nusra reads as "al" "nusra"', () => {
    expect(terms('al-Nusra, U.S.-backed!')).toEqual(['al', 'nusra', 'u', 's', 'backed']);
  });

  it('keeps apostrophes inside words and drops them from the term', () => {
    expect(terms("Russia's role, Syria’s city")).toEqual(['russias', 'role', 'syrias', 'city']);
  });

  it('reports where each word stands in the original text', () => {
    const text = 'Erdoğan said: “no”.';
    const tokens = tokenize(text);
    expect(tokens.map(({ start, end }) => text.slice(start, end))).toEqual(['Erdoğan', 'said', 'no']);
  });

  it('reads Arabic text', () => {
    expect(terms('Map updated on #حلب بداية النهاية')).toEqual(['map', 'updated', 'on', 'حلب', 'بداية', 'النهاية']);
  });
});
