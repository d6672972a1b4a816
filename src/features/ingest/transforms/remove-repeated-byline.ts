import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { CleaningTally } from '../cleaning-tally';
import { nodeText } from '../tree-text';
import '../vfile-data';

export interface RemoveRepeatedBylineOptions {
  /** The authors the metadata credits; a byline must name one of them. */
  authors: readonly string[];
}

/** A byline sits at the top: among the body's first blocks. */
const FIRST_BLOCKS = 3;
const LONGEST_BYLINE_WORDS = 30;
const BYLINE_WORDS = new Set(
  'by and with posted written words text story report reporting published updated last modified on at min mins minute minutes read'.split(
    ' ',
  ),
);
const DATE_WORDS = new Set(
  [
    'january february march april may june july august september october november december',
    'jan feb mar apr jun jul aug sep sept oct nov dec',
    'monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun',
    'am pm gmt utc bst cet cest eet eest est edt cst cdt mst mdt pst pdt ago hour hours day days today yesterday',
  ]
    .join(' ')
    .split(' '),
);
const NUMBER = /^\d+(?:st|nd|rd|th)?$/;

/**
 * Removes the byline line at the top of a body when it repeats the credited authors: "By Jane Doe", "Jane Doe |
 * 3 December 2016", "Posted by Jane Doe on …". The line must name an author and hold nothing else but byline
 * words and a date; a date line right beside it goes with it. The authors are recorded in the metadata.
 */
export default function removeRepeatedByline(options: RemoveRepeatedBylineOptions) {
  const names = options.authors.map(comparable).filter(Boolean);
  return (tree: Root, file: VFile) => {
    if (names.length === 0) return;
    const tally = (file.data.cleaning ??= new CleaningTally());
    const at = tree.children.slice(0, FIRST_BLOCKS).findIndex((node) => isParagraph(node) && isByline(node, names));
    if (at === -1) return;
    let start = at;
    let end = at + 1;
    if (isDateLine(tree.children[end])) end += 1;
    else if (isDateLine(tree.children[at - 1])) start -= 1;
    tree.children.splice(start, end - start);
    tally.removed('repeated-byline');
  };
}

function isParagraph(node: RootContent | undefined): node is Extract<RootContent, { type: 'paragraph' }> {
  return node?.type === 'paragraph';
}

function isByline(node: RootContent, names: readonly string[]): boolean {
  let text = ` ${comparable(nodeText(node))} `;
  const words = text.trim().split(' ');
  if (words.length > LONGEST_BYLINE_WORDS) return false;
  let named = false;
  for (const name of names) {
    if (!text.includes(` ${name} `)) continue;
    named = true;
    text = text.replaceAll(` ${name} `, ' ');
  }
  return (
    named &&
    text
      .trim()
      .split(' ')
      .filter(Boolean)
      .every((word) => BYLINE_WORDS.has(word) || isDateWord(word))
  );
}

function isDateLine(node: RootContent | undefined): boolean {
  if (!isParagraph(node)) return false;
  const words = comparable(nodeText(node)).split(' ').filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= LONGEST_BYLINE_WORDS &&
    words.some((word) => NUMBER.test(word)) &&
    words.every((word) => BYLINE_WORDS.has(word) || isDateWord(word))
  );
}

function isDateWord(word: string): boolean {
  return NUMBER.test(word) || DATE_WORDS.has(word);
}

/** Letters and digits only, lower-cased, so "O’Brien" in the byline matches "O'Brien" in the metadata. */
function comparable(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
