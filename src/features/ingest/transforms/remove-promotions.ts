import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { CleaningTally } from '../cleaning-tally';
import type { LineRule } from '../profiles/profile-schema';
import { nodeText } from '../tree-text';
import '../vfile-data';

/** Drops the book ads and donation appeals a profile names, placed inside the body by the publisher or the outlet. */
export default function removePromotions(promotions: readonly LineRule[]) {
  return (tree: Root, file: VFile) => {
    const tally = (file.data.cleaning ??= new CleaningTally());
    tree.children = tree.children.filter((node) => {
      if (node.type !== 'paragraph') return true;
      const text = nodeText(node);
      const promotion = promotions.find(({ pattern }) => pattern.test(text));
      if (!promotion) return true;
      tally.removed(promotion.kind);
      return false;
    });
  };
}
