import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import { CleaningTally } from '../cleaning-tally';
import { endsMidSentence } from '../sentence-boundaries';
import { appendWithSpace, nodeText } from '../tree-text';
import '../vfile-data';

/**
 * A link at a line break can turn into a "## [text](#)" heading in the middle of a sentence. Such a heading
 * holds nothing but a link and follows a paragraph that stops mid-sentence; it goes back into that sentence.
 */
export default function foldBogusHeadings() {
  return (tree: Root, file: VFile) => {
    const tally = (file.data.cleaning ??= new CleaningTally());
    for (let index = 1; index < tree.children.length; index += 1) {
      const node = tree.children[index]!;
      const previous = tree.children[index - 1]!;
      if (node.type !== 'heading' || previous.type !== 'paragraph') continue;
      if (!isOnlyALink(node) || !endsMidSentence(nodeText(previous))) continue;
      appendWithSpace(previous, node.children);
      tree.children.splice(index, 1);
      index -= 1;
      tally.repaired('bogus-heading-folded');
    }
  };
}

function isOnlyALink(heading: Heading): boolean {
  const meaningful = heading.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  if (meaningful.length !== 1) return false;
  const [only] = meaningful;
  if (only!.type === 'link') return true;
  return (
    (only!.type === 'strong' || only!.type === 'emphasis') &&
    only!.children.length === 1 &&
    only!.children[0]!.type === 'link'
  );
}
