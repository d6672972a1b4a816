import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { z } from 'zod';
import { textBlocks } from './mdast-text';
import { anchoredParagraphs, parseArticleMarkdown } from './paragraph-anchors';

/**
 * An article body as blocks of plain text, each paragraph with its anchor on the page. Search, the timeline, the
 * people-and-places index and the data downloads all read the body this way. Parsing Markdown is the costly part
 * of a build, so the page renderer records the blocks while it has the tree (remarkRecordBlocks), Astro keeps
 * them with the rendered entry in its content cache, and nothing parses a body a second time.
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

/** remark plugin: records the blocks in the render's metadata, which Astro stores beside the rendered HTML. */
export default function remarkRecordBlocks() {
  return (tree: Root, file: VFile) => {
    const astro = (file.data.astro ??= {}) as { frontmatter?: Record<string, unknown> };
    (astro.frontmatter ??= {})[RECORD_KEY] = articleBlocks(tree);
  };
}

/** The shape of a content entry this module reads: its Markdown, and what rendering it recorded. */
export interface RenderableEntry {
  body?: string;
  rendered?: { metadata?: Record<string, unknown> } | undefined;
}

/** What the Markdown plugins recorded while rendering an entry, as Astro keeps it with the rendered HTML. */
export function renderedRecord(entry: RenderableEntry): Record<string, unknown> {
  return (entry.rendered?.metadata?.frontmatter as Record<string, unknown> | undefined) ?? {};
}

/** An entry's blocks: as its render recorded them, or parsed from its body when it was not rendered. */
export function blocksOfEntry(entry: RenderableEntry): ArticleBlock[] {
  const recorded = recordedBlocksSchema.safeParse(renderedRecord(entry)[RECORD_KEY]);
  return recorded.success ? recorded.data : articleBlocks(parseArticleMarkdown(entry.body ?? ''));
}

/** The paragraphs alone, with their anchors, in reading order. */
export function anchoredBlocksOfEntry(entry: RenderableEntry): { id: string; text: string }[] {
  return blocksOfEntry(entry).flatMap(({ text, anchor }) => (anchor ? [{ id: anchor, text }] : []));
}
