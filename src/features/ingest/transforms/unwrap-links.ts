import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { CleaningTally } from '../cleaning-tally';
import '../vfile-data';

const SAFE_PROTOCOLS = /^(?:https?:|mailto:)/i;

/**
 * The capture lost every link target ("[text](#)"), so those links lead nowhere: they become their text.
 * A link with a script or data URL becomes its text too. Working web and mail links stay links.
 */
export default function unwrapLinks() {
  return (tree: Root, file: VFile) => {
    const tally = (file.data.cleaning ??= new CleaningTally());
    visit(tree, (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if (node.type === 'definition') {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.type !== 'link' && node.type !== 'linkReference') return undefined;
      if (node.type === 'link' && SAFE_PROTOCOLS.test(node.url.trim())) return undefined;
      tally.repaired(isDead(node) ? 'dead-link-unwrapped' : 'unsafe-link-unwrapped');
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    });
  };
}

function isDead(node: { type: string; url?: string }): boolean {
  const url = node.url?.trim() ?? '';
  return node.type === 'linkReference' || url === '' || url.startsWith('#');
}
