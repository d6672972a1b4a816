import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { blockTexts } from '../lib/mdast-text';

const parser = unified().use(remarkParse).use(remarkGfm);

/** An article body as the plain text of each paragraph, heading and list item, as the reader sees it. */
export function markdownBlocks(markdown: string): string[] {
  return blockTexts(parser.parse(markdown).children);
}
