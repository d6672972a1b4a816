import { describe, expect, it } from 'vitest';
import { joinNames, listSeparators } from './names';

describe('lists of names', () => {
  it('joins names as British English does, without a serial comma', () => {
    expect(joinNames([])).toBe('');
    expect(joinNames(['Eva Bartlett'])).toBe('Eva Bartlett');
    expect(joinNames(['Eva Bartlett', 'Vanessa Beeley'])).toBe('Eva Bartlett and Vanessa Beeley');
    expect(joinNames(['A', 'B, Jr.', 'C', 'D'])).toBe('A, B, Jr., C and D');
  });

  it('gives the separators that, printed before each linked name, read as the joined list', () => {
    for (const names of [[], ['A'], ['A', 'B'], ['A', 'B', 'C'], ['A', 'B', 'C', 'D', 'E']]) {
      const separators = listSeparators(names.length);
      expect(separators).toHaveLength(names.length);
      expect(names.map((name, index) => `${separators[index]}${name}`).join('')).toBe(joinNames(names));
    }
  });
});
