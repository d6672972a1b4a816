import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { nodeText } from '../markdown/mdast-text';

export { blockTexts, collapseSpace, nodeText } from '../markdown/mdast-text';

/** Whether nodeText would be empty, without collapsing the spaces of text that has more than spaces. */
function isBlank(node: Nodes | Nodes[]): boolean {
  return !/[^\s\u00a0]/.test(toString(node));
}

/** A paragraph whose text is nothing but spaces and non-breaking spaces: capture noise, not content. */
export function isBlankBlock(node: RootContent): boolean {
  return node.type === 'paragraph' && isBlank(node);
}

export function isPhrasingParent(node: RootContent): node is Extract<RootContent, { type: 'paragraph' | 'heading' }> {
  return node.type === 'paragraph' || node.type === 'heading';
}

/**
 * Splits inline content at soft and hard line breaks. A capture packs several header or footer lines into one
 * paragraph when the page had no blank lines between them.
 */
export function splitLines(children: PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  const current = () => lines[lines.length - 1]!;
  for (const child of children) {
    if (child.type === 'break') {
      lines.push([]);
    } else if (child.type === 'text' && child.value.includes('\n')) {
      const [first, ...rest] = child.value.split('\n');
      if (first) current().push({ type: 'text', value: first });
      for (const piece of rest) lines.push(piece ? [{ type: 'text', value: piece }] : []);
    } else {
      current().push(child);
    }
  }
  return lines.filter((line) => !isBlank(line));
}

/** Text of every link in a line, in order: bylines and topic lines credit each value as its own link. */
export function linkTexts(line: PhrasingContent[]): string[] {
  const texts: string[] = [];
  for (const node of line) {
    if (node.type === 'link') texts.push(nodeText(node));
    else if ('children' in node) texts.push(...linkTexts(node.children as PhrasingContent[]));
  }
  return texts.filter((text) => text !== '');
}

/** Appends inline content to a paragraph with exactly one space at the seam, as the unbroken sentence had. */
export function appendWithSpace(target: { children: PhrasingContent[] }, addition: PhrasingContent[]): void {
  const last = target.children.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/[\s\u00a0]+$/u, '');
  const [first, ...rest] = addition;
  if (first?.type === 'text') {
    target.children.push({ type: 'text', value: ` ${first.value.replace(/^[\s\u00a0]+/u, '')}` }, ...rest);
  } else {
    target.children.push({ type: 'text', value: ' ' }, ...addition);
  }
}
