import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { Cleaning } from '../../../articles/schemas/cleaning';
import { CleaningTally } from '../../cleaning-tally';
import { STRINGIFY_OPTIONS } from '../../stringify-options';
import '../../vfile-data';

/** One of the article-HTML transforms, its options already bound. */
export type HtmlTransform = () => (tree: Root, file: VFile) => void;

/** Parses an HTML fragment, runs one transform, and writes the result as article Markdown. */
export function runHtmlTransform(plugin: HtmlTransform, html: string): { markdown: string; cleaning: Cleaning } {
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(plugin)
    .use(rehypeRemark)
    .use(remarkGfm)
    .use(remarkStringify, STRINGIFY_OPTIONS);
  const tally = new CleaningTally();
  const file = new VFile({ value: html });
  file.data.cleaning = tally;
  return { markdown: String(processor.processSync(file)), cleaning: tally.toRecord() };
}
