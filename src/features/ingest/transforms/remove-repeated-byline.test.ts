import { describe, expect, it } from 'vitest';
import removeRepeatedByline from './remove-repeated-byline';
import { runTransform } from './test-helpers';

const run = (authors: string[], markdown: string) => runTransform(() => removeRepeatedByline({ authors }), markdown);
const BODY = 'The ferry left the quay at dawn, its deck crowded with families and crates of winter apples.\n';

describe('remove-repeated-byline: bylines that repeat the credited authors', () => {
  it.each([
    ['By Jane Doe'],
    ['**By Jane Doe**'],
    ['By [Jane Doe](https://example.org/authors/jane)'],
    ['Jane Doe | 3 December 2016'],
    ['Posted by Jane Doe on December 3, 2016 at 10:15 am'],
    ['By Jane Doe and Sam O’Brien, Saturday 3 Dec 2016 09:00 GMT'],
    ['Jane Doe · 5 min read'],
  ])('removes "%s" and counts it', (byline) => {
    const { markdown, cleaning } = run(['Jane Doe', "Sam O'Brien"], `${byline}\n\n${BODY}`);
    expect(markdown).toBe(BODY);
    expect(cleaning.removed).toEqual([{ kind: 'repeated-byline', count: 1 }]);
  });

  it('takes a date line that stands right under the byline with it', () => {
    const { markdown, cleaning } = run(['Jane Doe'], `By Jane Doe\n\n3 December 2016, 10:15\n\n${BODY}`);
    expect(markdown).toBe(BODY);
    expect(cleaning.removed).toEqual([{ kind: 'repeated-byline', count: 1 }]);
  });

  it('finds the byline among the first three blocks only', () => {
    const late = `## One\n\nFirst.\n\nSecond.\n\nBy Jane Doe\n`;
    expect(run(['Jane Doe'], late).markdown).toBe(late);
    const early = `## A section\n\nBy Jane Doe\n\n${BODY}`;
    expect(run(['Jane Doe'], early).markdown).toBe(`## A section\n\n${BODY}`);
  });
});

describe('remove-repeated-byline: lines that are not a repeated byline stay', () => {
  it.each([
    ['a sentence that names the author', 'Jane Doe crossed the river by ferry on 3 December.'],
    ['a byline naming someone not credited', 'By John Roe'],
    ['a byline with another name beside the credited one', 'By Jane Doe and John Roe'],
    ['a dateline with a place', 'By Jane Doe in Lisbon'],
  ])('keeps %s', (_label, line) => {
    const markdown = `${line}\n\n${BODY}`;
    const result = run(['Jane Doe'], markdown);
    expect(result.markdown).toBe(markdown);
    expect(result.cleaning.removed).toEqual([]);
  });

  it('does nothing when no author is credited', () => {
    expect(run([], `By Jane Doe\n\n${BODY}`).markdown).toBe(`By Jane Doe\n\n${BODY}`);
  });

  it('keeps a date line when there is no byline beside it', () => {
    const markdown = `3 December 2016\n\n${BODY}`;
    expect(run(['Jane Doe'], markdown).markdown).toBe(markdown);
  });
});
