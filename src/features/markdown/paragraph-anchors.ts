import type { ListItem, Paragraph, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visitParents } from 'unist-util-visit-parents';
import { nodeText } from './mdast-text';

/**
 * Stable paragraph anchors (#p1, #p2, …): every Markdown paragraph of an article body, numbered in reading order.
 * The page renderer and the build-time indexes (timeline, people and places) both number through this module, so
 * a link made from the text always lands on the paragraph that holds it.
 */

export interface AnchoredParagraph {
  id: string;
  /** The paragraph's plain text, white space collapsed. */
  text: string;
  node: Paragraph;
  /** Set when the paragraph sits in a list item, which then carries the id (a tight list renders no <p>). */
  listItem?: ListItem;
}

export function paragraphId(position: number): string {
  return `p${position + 1}`;
}

export function anchoredParagraphs(tree: Root): AnchoredParagraph[] {
  const found: AnchoredParagraph[] = [];
  visitParents(tree, 'paragraph', (node, ancestors) => {
    const parent = ancestors.at(-1);
    const listItem = parent?.type === 'listItem' && parent.children[0] === node ? parent : undefined;
    found.push({ id: paragraphId(found.length), text: nodeText(node), node, ...(listItem && { listItem }) });
  });
  return found;
}

const parser = unified().use(remarkParse).use(remarkGfm);

/** Parses an article body as the site's renderer does. */
export function parseArticleMarkdown(markdown: string): Root {
  return parser.parse(markdown);
}

/** An article body's paragraphs with the anchors its page gives them (the body parsed as the site parses it). */
export function paragraphsOfMarkdown(markdown: string): AnchoredParagraph[] {
  return anchoredParagraphs(parseArticleMarkdown(markdown));
}

/** Writes each paragraph's anchor into the tree as the id its HTML element will carry. */
export function applyParagraphAnchors(tree: Root): void {
  for (const { id, node, listItem } of anchoredParagraphs(tree)) {
    const holder = listItem && !listItem.spread ? listItem : node;
    holder.data = { ...holder.data, hProperties: { ...holder.data?.hProperties, id } };
  }
  // A tight item's second paragraph has no element of its own to carry an id, so such an item renders loose.
  visitParents(tree, 'listItem', (item) => {
    if (item.children.filter((child) => child.type === 'paragraph').length > 1) item.spread = true;
  });
}

/** remark plugin: paragraph anchors on rendered article bodies. */
export default function remarkParagraphAnchors() {
  return applyParagraphAnchors;
}
