import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wholeText } from '../../shared/parted-text';
import { inertCell, inertCsv } from './inert-csv';

const FORMULA_CHARACTERS = ['=', '+', '-', '@', '\t', '\r'];

/** Strings rich in what breaks CSV and spreadsheets: formula starts, quotes, commas and line breaks. */
const hostileText = fc.string({
  unit: fc.oneof(
    fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", ' ', 'a', 'é', 'ح'),
    fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }),
  ),
  maxLength: 20,
});

/** Read as Python's csv module and spreadsheets do: outside quotes, any line break ends a row. */
const parseRows = (csv: string): string[][] => parse(csv, { record_delimiter: ['\r\n', '\n', '\r'] });

describe('inert CSV', () => {
  it('round-trips any strings through csv-parse to the escaped values, with no cell starting as a formula', () => {
    fc.assert(
      fc.property(
        fc.array(hostileText, { minLength: 1, maxLength: 4 }),
        fc.array(fc.array(hostileText, { minLength: 4, maxLength: 4 }), { maxLength: 5 }),
        (header, rows) => {
          const width = header.length;
          const table = rows.map((row) => row.slice(0, width));
          const parsed = parseRows(wholeText(inertCsv(header, table, (row) => row)));
          expect(parsed).toEqual([header.map(inertCell), ...table.map((row) => row.map(inertCell))]);
          for (const cell of parsed.flat()) expect(FORMULA_CHARACTERS).not.toContain(cell[0]);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('opens a hostile title and byline as text, and keeps a bare line break inside its quoted cell', () => {
    const csv = wholeText(
      inertCsv(
        ['title', 'authors', 'standfirst'],
        [['=HYPERLINK("http://evil.example","click")', "+cmd|' /C calc'!A0", 'first line\nsecond line']],
        (row) => row,
      ),
    );
    expect(csv).toBe(
      'title,authors,standfirst\r\n' +
        `"'=HYPERLINK(""http://evil.example"",""click"")",'+cmd|' /C calc'!A0,"first line\nsecond line"\r\n`,
    );
    expect(parseRows(csv)).toHaveLength(2);
  });

  it('leaves ordinary values and numbers as they are', () => {
    expect(inertCell('Aleppo: the end of the siege')).toBe('Aleppo: the end of the siege');
    expect(inertCell(1334)).toBe('1334');
    expect(inertCell(-3)).toBe("'-3");
  });
});
