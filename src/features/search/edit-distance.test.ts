import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withinOneEdit } from './edit-distance';

describe('withinOneEdit', () => {
  it.each([
    ['halabja', 'halabya', true],
    ['tias', 'tyas', true],
    ['aleppo', 'alepo', true],
    ['aleppo', 'aleppoo', true],
    ['aleppo', 'alpepo', true],
    ['aleppo', 'alpeop', false],
    ['kirby', 'kriby', true],
    ['kirby', 'kirbyxx', false],
    ['syria', 'serbia', false],
  ])('%s ~ %s: %s', (a, b, expected) => {
    expect(withinOneEdit(a, b)).toBe(expected);
    expect(withinOneEdit(b, a)).toBe(expected);
  });

  it('accepts every single substitution, insertion, deletion and transposition', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 2, maxLength: 12 }),
        fc.nat(),
        fc.constantFrom('sub', 'ins', 'del', 'swap'),
        (word, at, edit) => {
          const index = at % word.length;
          const edited =
            edit === 'sub'
              ? `${word.slice(0, index)}#${word.slice(index + 1)}`
              : edit === 'ins'
                ? `${word.slice(0, index)}#${word.slice(index)}`
                : edit === 'del'
                  ? `${word.slice(0, index)}${word.slice(index + 1)}`
                  : index + 1 < word.length
                    ? `${word.slice(0, index)}${word[index + 1]}${word[index]}${word.slice(index + 2)}`
                    : word;
          expect(withinOneEdit(word, edited)).toBe(true);
        },
      ),
    );
  });
});
