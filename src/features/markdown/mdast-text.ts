import type { Nodes, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Collapses runs of white space (NBSP included) to one space, so captured line wrapping does not leak into metadata. */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The words a Markdown node shows a reader, formatting dropped and white space collapsed. */
export function nodeText(node: Nodes | Nodes[]): string {
  return collapseSpace(toString(node));
}

export interface TextBlock {
  node: RootContent;
  text: string;
}

/** The blocks that hold text (paragraphs, headings, table cells, code), in reading order, with their plain text. */
export function textBlocks(nodes: RootContent[]): TextBlock[] {
  const blocks: TextBlock[] = [];
  const walk = (node: RootContent) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell' || node.type === 'code') {
      const text = nodeText(node);
      if (text !== '') blocks.push({ node, text });
    } else if ('children' in node) {
      for (const child of node.children) walk(child as RootContent);
    }
  };
  nodes.forEach(walk);
  return blocks;
}

/** Block-level text, one entry per paragraph, heading, table cell or code block, for counting and checking words. */
export function blockTexts(nodes: RootContent[]): string[] {
  return textBlocks(nodes).map(({ text }) => text);
}
