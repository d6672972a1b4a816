import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import type { CleaningTally } from '../cleaning-tally';
import { STRINGIFY_OPTIONS } from '../stringify-options';
import removeRepeatedByline from '../transforms/remove-repeated-byline';
import showRawHtmlAsText from '../transforms/show-raw-html-as-text';
import '../vfile-data';
import dropTitleHeading from './transforms/drop-title-heading';
import noteImages from './transforms/note-images';
import resolveLinks from './transforms/resolve-links';

export interface ArticleMarkdownOptions {
  /** The address relative links resolve against. */
  base?: string;
  title?: string;
  authors: readonly string[];
  tally: CleaningTally;
}

/**
 * An extracted article's HTML to the archive's Markdown. rehype-remark keeps only elements Markdown has a
 * construct for; raw HTML never reaches the Markdown as HTML (any `html` node left would be shown as text).
 */
export function articleMarkdown(html: string, options: ArticleMarkdownOptions): string {
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(noteImages)
    .use(resolveLinks, { base: options.base })
    .use(dropTitleHeading, { title: options.title })
    .use(rehypeRemark)
    .use(showRawHtmlAsText)
    .use(removeRepeatedByline, { authors: options.authors })
    .use(remarkGfm)
    .use(remarkStringify, STRINGIFY_OPTIONS);
  const file = new VFile({ value: html });
  file.data.cleaning = options.tally;
  return String(processor.processSync(file));
}
