import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { partedJson, partedText, wholeText } from './parted-text';

describe('partedText', () => {
  it('opens in the first part, separates the rest and closes in the last', () => {
    const text = partedText(['a', 'b', 'c'], (item) => item.toUpperCase(), { head: '<', separator: ',', tail: '>' });
    expect([0, 1, 2].map(text.part)).toEqual(['<A', ',B', ',C>']);
    expect(wholeText(text)).toBe('<A,B,C>');
    expect(wholeText(partedText([], String, { head: '<', tail: '>' }))).toBe('<>');
    expect(wholeText(partedText(['x'], String, { head: '<', tail: '>' }))).toBe('<x>');
  });

  it('makes each part only when it is asked for', () => {
    const made: number[] = [];
    const text = partedText([1, 2, 3], (item) => (made.push(item), String(item)));
    text.part(1);
    expect(made).toEqual([2]);
  });
});

describe('partedJson', () => {
  const json = fc.jsonValue();

  it('is byte for byte what JSON.stringify writes, the array at any depth, whatever the items', () => {
    fc.assert(
      fc.property(fc.array(json), json, (items, other) => {
        const envelopes = [
          (array: unknown[]) => array,
          (array: unknown[]) => ({ name: 'A “collection”', count: items.length, articles: array, other }),
          (array: unknown[]) => ({ outer: { inner: [other, array] } }),
        ];
        for (const envelope of envelopes) {
          const parted = partedJson(envelope, items, (item) => item);
          expect(wholeText(parted)).toBe(`${JSON.stringify(envelope(items), null, 2)}\n`);
        }
      }),
    );
  });
});
