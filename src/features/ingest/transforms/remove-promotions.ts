import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { CleaningTally } from '../cleaning-tally';
import { captureFormat } from '../format';
import { nodeText } from '../tree-text';
import '../vfile-data';

/** Drops book ads and donation appeals that the publisher or the original outlet placed inside the body. */
export default function removePromotions() {
  return (tree: Root, file: VFile) => {
    const tally = (file.data.cleaning ??= new CleaningTally());
    tree.children = tree.children.filter((node) => {
      if (node.type !== 'paragraph') return true;
      const text = nodeText(node);
      const promotion = captureFormat.promotions.find(({ pattern }) => pattern.test(text));
      if (!promotion) return true;
      tally.removed(promotion.kind);
      return false;
    });
  };
}
