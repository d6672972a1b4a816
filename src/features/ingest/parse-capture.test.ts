import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { mayUseGfm, parseCapture } from './parse-capture';
import { FOUNDING_CAPTURES } from '../../../tests/fixtures/founding-articles';

const gfm = unified().use(remarkParse).use(remarkGfm);
const commonMark = unified().use(remarkParse);
const gfmTree = (text: string) => gfm.parse(new VFile(text));
const commonMarkTree = (text: string) => commonMark.parse(new VFile(text));

/** Ordinary text and block markup, around which each family of GFM pieces below is tried. */
const PROSE = [
  'word',
  'Aleppo',
  ' ',
  '\u00a0',
  '\n',
  '\n\n',
  '\t',
  '    ',
  '-',
  '- ',
  ':',
  '.',
  ',',
  '*',
  '_',
  '# ',
  '> ',
  '1. ',
  '(',
  ')',
  '!',
  '`',
  '\\',
  '<',
  '>',
  '[',
  ']',
  '[text](#)',
];

/** GFM constructs and their near misses, one family per construct. */
const FAMILIES = {
  table: ['|', 'a | b', ':-', '-:', '---', '--', ':'],
  strikethrough: ['~', '~~'],
  footnote: ['^', '[^1]', '[^1]: note', '!'],
  taskList: ['[ ]', '[x]', '[X]', '[ x ]', '- ', '* '],
  autolink: [
    '@',
    'name@example.org',
    'www',
    'www.',
    'www.example.org',
    'WWW.EXAMPLE.ORG',
    'http',
    'http://a.org',
    'HTTPS://a.org/x',
    'mailto:',
    'example.org',
  ],
  characterReference: ['&amp;', '&commat;', '&#64;', '&#x40;', '&period;', '& ', '&c', 'name', 'www', 'example', 'org'],
};

const markdown = fc
  .constantFrom(...Object.values(FAMILIES))
  .chain((family) => fc.array(fc.constantFrom(...PROSE, ...family, ...family), { maxLength: 14 }))
  .map((pieces) => pieces.join(''));

describe('parse-capture', () => {
  it('gives the GFM tree for every text whose GFM and CommonMark trees differ', () => {
    let skipped = 0;
    fc.assert(
      fc.property(markdown, (text) => {
        if (mayUseGfm(text)) return;
        skipped += 1;
        expect(commonMarkTree(text)).toEqual(gfmTree(text));
      }),
      { numRuns: 6_000, seed: 20161228 },
    );
    // The property means little unless many texts take the CommonMark path.
    expect(skipped).toBeGreaterThan(1_500);
  });

  it('spots each GFM construct', () => {
    const constructs = [
      'a | b\n--|--\n1 | 2',
      'a\n:-',
      '~~gone~~',
      'Text[^1]\n\n[^1]: A note.',
      '- [x] done',
      'Write to name@example.org today',
      'Mail name&commat;example.org',
      'See www.example.org',
      'See https://example.org/x',
    ];
    for (const text of constructs) {
      expect(gfmTree(text), text).not.toEqual(commonMarkTree(text));
      expect(mayUseGfm(text), text).toBe(true);
    }
  });

  it('parses the founding captures exactly as GFM does', () => {
    const folder = FOUNDING_CAPTURES;
    for (const name of readdirSync(folder).filter((file) => file.endsWith('.txt'))) {
      const text = readFileSync(join(folder, name), 'utf8');
      expect(parseCapture(new VFile(text))).toEqual(gfmTree(text));
    }
  });

  it('parses a capture without GFM syntax exactly as GFM does', () => {
    const text =
      '# A Title\n\nBy [Ann Poe](#)\n\nGlobal Research, December 28, 2016\n\n*A standfirst.*\n\nBody - with: dashes, colons; and [links](#).\n';
    expect(mayUseGfm(text)).toBe(false);
    expect(parseCapture(new VFile(text))).toEqual(gfmTree(text));
  });
});
