import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { nodeText } from './mdast-text';
import { slugify } from '../../shared/slug';

/**
 * Ids for an article's headings, for its table of contents: "sec-" and the heading's slug ("sec-the-siege",
 * "sec-the-siege-2" for a second heading of the same name). The prefix keeps them apart from the paragraph anchors
 * (#p12) and the page's own ids; paragraphs are numbered as before, since headings are not paragraphs. Astro's own
 * heading pass keeps ids already set and reports these in `render(entry).headings`.
 */

export const HEADING_ID_PREFIX = 'sec-';

export function applyHeadingAnchors(tree: Root): void {
  const used = new Map<string, number>();
  visit(tree, 'heading', (node) => {
    const base = `${HEADING_ID_PREFIX}${slugify(nodeText(node), 'heading')}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    const id = count === 1 ? base : `${base}-${count}`;
    node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
  });
}

/** remark plugin: heading anchors on rendered article bodies. */
export default function remarkHeadingAnchors() {
  return applyHeadingAnchors;
}
