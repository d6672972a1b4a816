import type { Element, ElementContent, Parents, Root, Text } from 'hast';
import { visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import { CleaningTally } from '../../cleaning-tally';
import { collapseSpace } from '../../tree-text';
import '../../vfile-data';

/** Wrappers that hold nothing but the image: a linked image, a picture, a span around it. */
const IMAGE_WRAPPERS = new Set(['a', 'picture', 'span']);
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'div',
  'dl',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);
/** Parents whose content is already a paragraph of its own. */
const PARAGRAPH_LIKE = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'td', 'th', 'dt', 'dd']);

/**
 * The archive keeps no image files, so each image becomes a note of what it showed, "[Image: alt text]" or
 * "[Image]": on a line of its own when the image stood alone, inside the sentence when it sat in one. A
 * picture's sources collapse into the one note, and a figure's caption follows its image as text.
 */
export default function noteImages() {
  return (tree: Root, file: VFile) => {
    const tally = (file.data.cleaning ??= new CleaningTally());
    const images: { image: Element; ancestors: Parents[] }[] = [];
    visitParents(tree, 'element', (node, ancestors) => {
      if (node.tagName === 'img') images.push({ image: node, ancestors: [...ancestors] });
      if (node.tagName === 'figure') captionLast(node);
    });
    for (const { image, ancestors } of images) {
      const chain = [...ancestors];
      const parent = chain.at(-1)!;
      let replaced: ElementContent = image;
      if (parent.type === 'element' && parent.tagName === 'picture') {
        replaced = parent;
        chain.pop();
      }
      const holder = chain.at(-1)!;
      const at = holder.children.indexOf(replaced);
      // A second image in a picture that is already a note.
      if (at === -1) continue;
      const note = noteFor(image);
      holder.children.splice(at, 1, note);
      standAlone(note, chain);
      tally.repaired('image-noted');
    }
  };
}

function noteFor(image: Element): Text {
  const alt = collapseSpace(String(image.properties.alt ?? ''));
  return { type: 'text', value: alt ? `[Image: ${alt}]` : '[Image]' };
}

/** Puts the note (with its link, if the image was linked) in a paragraph of its own when only blocks stand beside it. */
function standAlone(note: Text, ancestors: Parents[]): void {
  let unit: ElementContent = note;
  let depth = ancestors.length - 1;
  while (depth > 0) {
    const wrapper = ancestors[depth]!;
    if (wrapper.type !== 'element' || !IMAGE_WRAPPERS.has(wrapper.tagName) || !onlyChild(wrapper, unit)) break;
    unit = wrapper;
    depth -= 1;
  }
  const holder = ancestors[depth]!;
  if (holder.type === 'element' && PARAGRAPH_LIKE.has(holder.tagName)) return;
  if (!holder.children.every((child) => child === unit || isBlockOrBlank(child))) return;
  const paragraph: Element = { type: 'element', tagName: 'p', properties: {}, children: [unit] };
  holder.children.splice(holder.children.indexOf(unit), 1, paragraph);
}

function onlyChild(parent: Parents, child: ElementContent): boolean {
  return parent.children.every((other) => other === child || isBlank(other));
}

function isBlank(node: Parents['children'][number]): boolean {
  return node.type === 'comment' || (node.type === 'text' && node.value.trim() === '');
}

function isBlockOrBlank(node: Parents['children'][number]): boolean {
  return isBlank(node) || (node.type === 'element' && BLOCKS.has(node.tagName));
}

/** A caption written above its image still reads after the image's note. */
function captionLast(figure: Element): void {
  const caption = figure.children.find((child) => child.type === 'element' && child.tagName === 'figcaption');
  if (!caption) return;
  figure.children = [...figure.children.filter((child) => child !== caption), caption];
}
