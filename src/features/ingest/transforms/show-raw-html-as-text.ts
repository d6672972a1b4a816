import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CleaningTally } from '../cleaning-tally';
import '../vfile-data';

const PHRASING_PARENTS = new Set([
  'paragraph',
  'heading',
  'emphasis',
  'strong',
  'delete',
  'link',
  'linkReference',
  'tableCell',
]);

/**
 * Capture text is text. Raw HTML becomes literal text that the page shows, and an image (whose file the
 * capture never holds) gives way to its alt text, so nothing from a capture can load or run in a browser.
 */
export default function showRawHtmlAsText() {
  return (tree: Root, file: VFile) => {
    const tally = (file.data.cleaning ??= new CleaningTally());
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (node.type === 'html') {
        tally.repaired('raw-html-shown-as-text');
        const asText = { type: 'text' as const, value: node.value };
        const inFlow = !PHRASING_PARENTS.has(parent.type);
        parent.children.splice(index, 1, inFlow ? { type: 'paragraph', children: [asText] } : asText);
        return SKIP;
      }
      if (node.type === 'image' || node.type === 'imageReference') {
        tally.removed('image');
        const alt = node.alt?.trim();
        if (alt) parent.children.splice(index, 1, { type: 'text', value: alt });
        else parent.children.splice(index, 1);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}
