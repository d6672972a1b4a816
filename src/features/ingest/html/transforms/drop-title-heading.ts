import type { ElementContent, Root } from 'hast';
import { EXIT, visit } from 'unist-util-visit';

export interface DropTitleHeadingOptions {
  /** The article's title, which the archive records apart from the body. */
  title?: string;
}

/**
 * Drops the heading that repeats the article's title at the top of the body. Readability demotes the page's h1 to
 * an h2, so the first h1 or h2 is looked at; a later heading that happens to match is a section of the article.
 */
export default function dropTitleHeading(options: DropTitleHeadingOptions = {}) {
  const title = options.title ? comparable(options.title) : '';
  return (tree: Root) => {
    if (!title) return;
    visit(tree, 'element', (node, index, parent) => {
      if (!/^h[1-6]$/.test(node.tagName)) return undefined;
      if ((node.tagName === 'h1' || node.tagName === 'h2') && parent && index !== undefined) {
        if (comparable(textOf(node)) === title) parent.children.splice(index, 1);
      }
      return EXIT;
    });
  };
}

/** Letters and digits only, lower-cased: curly or straight quotes, dashes and spacing do not make a heading differ. */
function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function textOf(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}
