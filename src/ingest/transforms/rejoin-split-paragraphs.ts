import type { Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { CleaningTally } from '../cleaning-tally';
import { continuesSentence, endsMidSentence } from '../sentence-boundaries';
import { appendWithSpace, plainText } from '../tree-text';
import '../vfile-data';

/** Joins a paragraph that a stray blank line split mid-sentence ("the CIA" / "equipped Zinki group"). */
export default function rejoinSplitParagraphs() {
  return (tree: Root, file: VFile) => {
    const tally = (file.data.cleaning ??= new CleaningTally());
    const rejoin = (parent: Parent) => {
      for (let index = parent.children.length - 1; index > 0; index -= 1) {
        const previous = parent.children[index - 1]!;
        const next = parent.children[index]!;
        if (previous.type !== 'paragraph' || next.type !== 'paragraph') continue;
        const before = plainText(previous);
        // Most paragraphs end a sentence: then the next one's text is not needed.
        if (!endsMidSentence(before) || !continuesSentence(before, plainText(next))) continue;
        appendWithSpace(previous, next.children);
        parent.children.splice(index, 1);
        tally.repaired('split-paragraph-rejoined');
      }
      for (const child of parent.children)
        if ('children' in child && child.type !== 'paragraph') rejoin(child as Parent);
    };
    rejoin(tree);
  };
}
