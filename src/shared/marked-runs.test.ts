import { describe, expect, it } from 'vitest';
import { markedRuns } from './marked-runs';

describe('markedRuns', () => {
  it('cuts the text into plain and marked runs that join back to it', () => {
    const runs = markedRuns('In Aleppo and Aleppo.', [
      { start: 3, end: 9 },
      { start: 14, end: 20 },
    ]);
    expect(runs).toEqual([
      { text: 'In ', marked: false },
      { text: 'Aleppo', marked: true },
      { text: ' and ', marked: false },
      { text: 'Aleppo', marked: true },
      { text: '.', marked: false },
    ]);
    expect(runs.map(({ text }) => text).join('')).toBe('In Aleppo and Aleppo.');
  });

  it('keeps adjacent marks apart, sorts them, and drops empty, overlapping or out-of-range ranges', () => {
    const ranges = [
      { start: 7, end: 13 },
      { start: 0, end: 6 },
      { start: 3, end: 5 },
      { start: 4, end: 4 },
      { start: 14, end: 99 },
      { start: -3, end: 0 },
    ];
    expect(markedRuns('Aleppo Aleppo x', ranges)).toEqual([
      { text: 'Aleppo', marked: true },
      { text: ' ', marked: false },
      { text: 'Aleppo', marked: true },
      { text: ' ', marked: false },
      { text: 'x', marked: true },
    ]);
  });

  it('gives a text without ranges as one plain run, and an empty text as none', () => {
    expect(markedRuns('Opening words', [])).toEqual([{ text: 'Opening words', marked: false }]);
    expect(markedRuns('', [{ start: 0, end: 3 }])).toEqual([]);
  });
});
