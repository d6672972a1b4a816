import { describe, expect, it } from 'vitest';
import { allElements, hasToken, withTag } from './page-elements';
import { parseDocument } from './parse-document';

describe('page-elements', () => {
  const document = parseDocument(
    '<html><head><title>T</title><link rel="Stylesheet CANONICAL" href="/c"></head><body><h2>A</h2><p>x</p><h3>B</h3></body></html>',
  );

  it('lists every element in document order and picks them by name', () => {
    expect(allElements(document).map((element) => element.localName)).toEqual([
      'html',
      'head',
      'title',
      'link',
      'body',
      'h2',
      'p',
      'h3',
    ]);
    expect(withTag(allElements(document), 'h3', 'h2').map((element) => element.textContent)).toEqual(['A', 'B']);
  });

  it('reads a token in a space-separated attribute in any case', () => {
    const link = withTag(allElements(document), 'link')[0]!;
    expect(hasToken(link, 'rel', 'canonical')).toBe(true);
    expect(hasToken(link, 'rel', 'style')).toBe(false);
    expect(hasToken(link, 'itemprop', 'name')).toBe(false);
  });
});
