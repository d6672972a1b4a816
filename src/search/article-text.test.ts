import { describe, expect, it } from 'vitest';
import { paragraphsOfMarkdown } from '../lib/paragraph-anchors';
import { markdownBlocks } from './article-text';

describe('markdownBlocks', () => {
  it('gives each paragraph block the anchor its page gives it, and headings none', () => {
    const markdown = 'Opening words.\n\n## Part two\n\nKirby spoke.\n\n- a listed point\n';
    expect(markdownBlocks(markdown)).toEqual({
      texts: ['Opening words.', 'Part two', 'Kirby spoke.', 'a listed point'],
      anchors: ['p1', null, 'p2', 'p3'],
    });
    const pageIds = paragraphsOfMarkdown(markdown).map(({ id, text }) => `${id} ${text}`);
    expect(pageIds).toEqual(['p1 Opening words.', 'p2 Kirby spoke.', 'p3 a listed point']);
  });
});
