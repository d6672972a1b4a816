import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { VFile } from 'vfile';

/**
 * Characters without which no GFM construct can form: table pipes or aligned delimiter rows, strikethrough
 * tildes, footnote carets, task-list boxes, and the `@`, `www.` and `http(s)://` that literal autolinks start
 * from. Character references are counted too, because the autolink pass reads text after they are decoded
 * (`&commat;` is an `@`).
 */
const GFM_SYNTAX = /[|~^@]|:-|-:|www\.|https?:\/\/|\[[\sxX]\]|&(?:#|[a-z\d]+;)/i;

/** Whether the text could hold GFM syntax; without it, CommonMark alone gives the same tree. */
export function mayUseGfm(text: string): boolean {
  return GFM_SYNTAX.test(text);
}

const commonMark = unified().use(remarkParse).freeze();
const withGfm = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Parses a capture as GFM. GFM's extensions try to match at nearly every character (the autolink pass at every
 * letter), which more than doubles the parse; a capture that holds none of their characters skips them.
 */
export function parseCapture(file: VFile): Root {
  return (mayUseGfm(String(file.value)) ? withGfm : commonMark).parse(file);
}
