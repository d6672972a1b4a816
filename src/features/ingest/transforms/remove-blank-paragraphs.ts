import type { Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { CleaningTally } from '../cleaning-tally';
import { isBlankBlock } from '../tree-text';
import '../vfile-data';

/** Removes paragraphs of nothing but spaces or non-breaking spaces, left where the page had spacers. */
export default function removeBlankParagraphs() {
  return (tree: Root, file: VFile) => {
    const tally = (file.data.cleaning ??= new CleaningTally());
    const prune = (parent: Parent) => {
      const before = parent.children.length;
      parent.children = parent.children.filter((child) => !isBlankBlock(child));
      tally.removed('blank-line', before - parent.children.length);
      for (const child of parent.children) if ('children' in child && child.type !== 'paragraph') prune(child);
    };
    prune(tree);
  };
}
