import { describe, expect, it } from 'vitest';
import { makeSnippets, type Snippet } from './snippets';

const marked = (snippet: Snippet) => snippet.highlights.map(({ start, end }) => snippet.text.slice(start, end));

describe('makeSnippets', () => {
  it('highlights the matched words where they stand in the original text', () => {
    const [snippet] = makeSnippets(['President Erdoğan accused the U.S. of supporting ISIS.'], ['erdogan', 'isis']);
    expect(marked(snippet!)).toEqual(['Erdoğan', 'ISIS']);
  });

  it('prefers the passage holding the most distinct matched words', () => {
    const snippets = makeSnippets(
      ['Kirby spoke.', 'Nothing here.', 'Kirby said Aleppo would go on.'],
      ['kirby', 'aleppo'],
      1,
    );
    expect(snippets[0]!.text).toBe('Kirby said Aleppo would go on.');
  });

  it('cuts long blocks at word boundaries around the match, and says where it cut', () => {
    const long = `${'word '.repeat(100)}Halabja ${'tail '.repeat(100)}`.trim();
    const [snippet] = makeSnippets([long], ['halabja']);
    expect(snippet!.cutBefore).toBe(true);
    expect(snippet!.cutAfter).toBe(true);
    expect(snippet!.text.length).toBeLessThan(260);
    expect(snippet!.text.startsWith('word')).toBe(true);
    expect(marked(snippet!)).toEqual(['Halabja']);
  });

  it('gives two snippets from two blocks at most', () => {
    expect(makeSnippets(['aleppo one', 'aleppo two', 'aleppo three'], ['aleppo'])).toHaveLength(2);
  });

  it('shows the opening when the match was not in the text', () => {
    const [snippet] = makeSnippets(['The opening paragraph.'], ['kirby']);
    expect(snippet).toMatchObject({ text: 'The opening paragraph.', highlights: [], cutBefore: false });
  });

  it('keeps markup as plain characters in the text', () => {
    const [snippet] = makeSnippets(['<script>alert(1)</script> hostile text'], ['hostile']);
    expect(snippet!.text).toContain('<script>');
  });
});
