import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { z } from 'zod';
import { textBlocks } from './mdast-text';
import { anchoredParagraphs, parseArticleMarkdown } from './paragraph-anchors';
import { RENDERED_BODIES_DIR, readRenderedMetadata } from './rendered-bodies';

/**
 * An article body as blocks of plain text, each paragraph with its anchor on the page. Search, the timeline, the
 * people-and-places index and the data downloads all read the body this way. Parsing Markdown is the costly part
 * of a build, so the page renderer records the blocks while it has the tree (remarkRecordBlocks), they are kept
 * with the rendered body (./rendered-bodies.ts), and nothing parses a body a second time.
 */

export const articleBlockSchema = z.object({
  text: z.string(),
  /** The paragraph's id on the article page (`p12`); null for headings, table cells and code. */
  anchor: z.string().nullable(),
});
export type ArticleBlock = z.infer<typeof articleBlockSchema>;

const recordedBlocksSchema = z.array(articleBlockSchema);
const RECORD_KEY = 'articleBlocks';

export function articleBlocks(tree: Root): ArticleBlock[] {
  const anchorOf = new Map(anchoredParagraphs(tree).map(({ node, id }) => [node, id]));
  return textBlocks(tree.children).map(({ node, text }) => ({
    text,
    anchor: node.type === 'paragraph' ? (anchorOf.get(node) ?? null) : null,
  }));
}

/** remark plugin: records the blocks in the render's metadata, which is kept beside the rendered HTML. */
export default function remarkRecordBlocks() {
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {})[RECORD_KEY] = articleBlocks(tree);
  };
}

/**
 * The shape of a content entry this module reads: the key its rendered body is kept under (a collection entry's
 * `digest`, features/articles/article-loader.ts), or Markdown that was never rendered.
 */
export interface RenderableEntry {
  body?: string | undefined;
  digest?: string | number | undefined;
}

/** What the Markdown plugins recorded while rendering an entry; nothing for an entry that was not rendered. */
export function renderedRecord(entry: RenderableEntry, dir = RENDERED_BODIES_DIR): Record<string, unknown> {
  return entry.digest === undefined ? {} : readRenderedMetadata(String(entry.digest), dir).frontmatter;
}

/** The blocks a render recorded, or those of the Markdown when it recorded none. */
export function blocksOfRecord(record: Record<string, unknown>, markdown = ''): ArticleBlock[] {
  const recorded = recordedBlocksSchema.safeParse(record[RECORD_KEY]);
  return recorded.success ? recorded.data : articleBlocks(parseArticleMarkdown(markdown));
}

/** An entry's blocks: as its render recorded them, or parsed from its body when it was not rendered. */
export function blocksOfEntry(entry: RenderableEntry, dir = RENDERED_BODIES_DIR): ArticleBlock[] {
  return blocksOfRecord(renderedRecord(entry, dir), entry.body);
}

/** The paragraphs alone, with their anchors, in reading order. */
export const anchoredBlocks = (blocks: readonly ArticleBlock[]): { id: string; text: string }[] =>
  blocks.flatMap(({ text, anchor }) => (anchor ? [{ id: anchor, text }] : []));

export function anchoredBlocksOfEntry(
  entry: RenderableEntry,
  dir = RENDERED_BODIES_DIR,
): { id: string; text: string }[] {
  return anchoredBlocks(blocksOfEntry(entry, dir));
}
