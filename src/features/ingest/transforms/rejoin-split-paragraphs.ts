import type { Parent, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { CleaningTally } from '../cleaning-tally';
import { continuesSentence, endsMidSentence } from '../sentence-boundaries';
import { appendWithSpace, nodeText } from '../tree-text';
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
        // Most paragraphs end a sentence, which the raw text shows as well as the plain text (that only
        // collapses and trims white space); neither paragraph's plain text is needed then.
        if (!endsMidSentence(toString(previous))) continue;
        if (!continuesSentence(nodeText(previous), nodeText(next))) continue;
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
