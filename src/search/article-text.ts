import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { textBlocks } from '../lib/mdast-text';
import { anchoredParagraphs } from '../lib/paragraph-anchors';

const parser = unified().use(remarkParse).use(remarkGfm);

export interface ArticleBlocks {
  /** Each paragraph, heading and list item as plain text, as the reader sees it. */
  texts: string[];
  /** Per block, the id of its paragraph on the article page (#p12), or null for a heading or table cell. */
  anchors: (string | null)[];
}

/** An article body as text blocks, each paragraph with the anchor that links to it, so a snippet can point there. */
export function markdownBlocks(markdown: string): ArticleBlocks {
  const tree: Root = parser.parse(markdown);
  const anchorOf = new Map(anchoredParagraphs(tree).map(({ node, id }) => [node, id]));
  const blocks = textBlocks(tree.children);
  return {
    texts: blocks.map(({ text }) => text),
    anchors: blocks.map(({ node }) => (node.type === 'paragraph' ? (anchorOf.get(node) ?? null) : null)),
  };
}
