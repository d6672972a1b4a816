import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { RemovalKind } from '../../articles/schemas/cleaning';
import { CleaningTally } from '../cleaning-tally';
import type { FooterRules } from '../profiles/profile-schema';
import { isBlankBlock, nodeText, splitLines } from '../tree-text';
import '../vfile-data';

/**
 * Cuts the publisher's footer (source line, copyright, Facebook and membership links, "Articles by", disclaimer,
 * fair-use notice, media inquiries) off the end of the body. The source and copyright lines are kept as metadata.
 */
export default function removeFooter(rules: FooterRules) {
  const footerKind = (text: string): RemovalKind | undefined =>
    rules.footer.find(({ pattern }) => pattern.test(text))?.kind;
  return (tree: Root, file: VFile) => {
    const tally = (file.data.cleaning ??= new CleaningTally());
    const start = tree.children.findIndex((node) => lineTexts(node).some((text) => footerKind(text) !== undefined));
    file.data.footer = {};
    if (start === -1) return;

    let current: RemovalKind = 'other-footer';
    for (const node of tree.children.slice(start)) {
      if (node.type === 'thematicBreak') {
        tally.removed('separator');
        continue;
      }
      if (isBlankBlock(node)) {
        tally.removed('blank-line');
        continue;
      }
      const texts = lineTexts(node);
      texts.forEach((text, index) => {
        const kind = footerKind(text);
        if (kind) {
          current = kind;
          tally.removed(kind);
          recordFact(kind, text, file, rules.sourceLine);
        } else if (index === 0 && !startsLowercase(text)) {
          // A paragraph the publisher wrapped mid-sentence continues the item before it; anything else is unknown.
          current = 'other-footer';
          tally.removed(current);
        }
      });
    }
    tree.children.splice(start);
  };
}

function lineTexts(node: RootContent): string[] {
  if (node.type === 'paragraph' || node.type === 'heading') return splitLines(node.children).map(nodeText);
  return [nodeText(node)].filter(Boolean);
}

function recordFact(kind: RemovalKind, text: string, file: VFile, sourceLine: RegExp | undefined): void {
  const facts = file.data.footer!;
  if (kind === 'source-line') {
    const outlet = sourceLine?.exec(text)?.[1]?.trim();
    if (outlet) facts.originalOutlet ??= outlet;
  } else if (kind === 'copyright-line') {
    facts.copyright ??= text;
  }
}

function startsLowercase(text: string): boolean {
  return /^\p{Ll}/u.test(text);
}
