import { describe, expect, it } from 'vitest';
import { parseWarcFields } from './warc-fields';

const fields = (text: string) => parseWarcFields(new TextEncoder().encode(text));

describe('parseWarcFields', () => {
  it('reads name: value lines, names lower-cased, values trimmed', () => {
    const parsed = fields('software: Harbour Crawler 2.3\r\nFormat: WARC File Format 1.1\r\nisPartOf:  ferries \r\n');
    expect(Object.fromEntries(parsed)).toEqual({
      software: 'Harbour Crawler 2.3',
      format: 'WARC File Format 1.1',
      ispartof: 'ferries',
    });
  });

  it('keeps the first of a repeated field and joins continuation lines', () => {
    const parsed = fields('software: first\nsoftware: second\ndescription: a crawl\n  of the harbour\n\tnotices\n');
    expect(parsed.get('software')).toBe('first');
    expect(parsed.get('description')).toBe('a crawl of the harbour notices');
  });

  it('skips lines that are not fields, and does not let a continuation attach to them', () => {
    const parsed = fields('just words\n  hanging on\nsoftware: tool: with colon\n\n');
    expect(Object.fromEntries(parsed)).toEqual({ software: 'tool: with colon' });
  });
});
