import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import remarkRecordBlocks, { anchoredBlocksOfEntry, articleBlocks, blocksOfEntry } from './article-blocks';
import { paragraphsOfMarkdown, parseArticleMarkdown } from './paragraph-anchors';
import { writeRenderedBody } from './rendered-bodies';

const MARKDOWN = 'Opening words.\n\n## Part two\n\nKirby spoke.\n\n- a listed point\n';
const EXPECTED = [
  { text: 'Opening words.', anchor: 'p1' },
  { text: 'Part two', anchor: null },
  { text: 'Kirby spoke.', anchor: 'p2' },
  { text: 'a listed point', anchor: 'p3' },
];

describe('article blocks', () => {
  it('gives each paragraph the anchor its page gives it, and headings none', () => {
    expect(articleBlocks(parseArticleMarkdown(MARKDOWN))).toEqual(EXPECTED);
    expect(anchoredBlocksOfEntry({ body: MARKDOWN })).toEqual(
      paragraphsOfMarkdown(MARKDOWN).map(({ id, text }) => ({ id, text })),
    );
  });

  it('are recorded by the renderer, and read back from the rendered body without parsing again', async () => {
    const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRecordBlocks);
    const file = new VFile({ value: MARKDOWN, data: { astro: { frontmatter: { title: 'T' } } } });
    await processor.run(processor.parse(file), file);
    const frontmatter = (file.data.astro as { frontmatter: Record<string, unknown> }).frontmatter;
    expect(frontmatter.title).toBe('T');
    const dir = mkdtempSync(join(tmpdir(), 'article-blocks-'));
    try {
      writeRenderedBody('k1', { html: '<p>x</p>', metadata: { headings: [], frontmatter } }, dir);
      // A body that says something else proves the recorded blocks are the ones read.
      expect(blocksOfEntry({ body: 'Something else.', digest: 'k1' }, dir)).toEqual(EXPECTED);
      writeRenderedBody('k2', { html: '', metadata: { headings: [], frontmatter: { articleBlocks: 'x' } } }, dir);
      expect(blocksOfEntry({ body: MARKDOWN, digest: 'k2' }, dir)).toEqual(EXPECTED);
      expect(() => blocksOfEntry({ body: MARKDOWN, digest: 'gone' }, dir)).toThrow(/rendered body gone is missing/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('are parsed from the body when the entry was not rendered, or its record is unreadable', () => {
    expect(blocksOfEntry({ body: MARKDOWN })).toEqual(EXPECTED);
  });
});
