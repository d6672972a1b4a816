import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { parseEnglishDate } from '../../../shared/english-dates';
import { countWords } from '../../../shared/words';
import type { ArticleData } from '../../articles/schemas/article';
import type { Capture } from '../../articles/schemas/capture';
import { personSlug } from '../../../shared/slug';
import { CleaningTally } from '../cleaning-tally';
import { IngestError } from '../ingest-error';
import { globalResearchProfile } from '../profiles/profiles';
import { STRINGIFY_OPTIONS } from '../stringify-options';
import { blockTexts } from '../tree-text';
import extractHeader from '../transforms/extract-header';
import foldBogusHeadings from '../transforms/fold-bogus-headings';
import rejoinSplitParagraphs from '../transforms/rejoin-split-paragraphs';
import removeBlankParagraphs from '../transforms/remove-blank-paragraphs';
import removeFooter from '../transforms/remove-footer';
import removePromotions from '../transforms/remove-promotions';
import showRawHtmlAsText from '../transforms/show-raw-html-as-text';
import unwrapLinks from '../transforms/unwrap-links';
import { outletSlug, type ConvertedCapture } from './converted-capture';
import '../vfile-data';

const profile = globalResearchProfile();

/**
 * Order matters: the header and footer are read while their links still mark names; links go before rejoining.
 */
const cleaner = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(extractHeader, profile.header)
  .use(removeFooter, profile)
  .use(showRawHtmlAsText)
  .use(removePromotions, profile.promotions)
  .use(removeBlankParagraphs)
  .use(foldBogusHeadings)
  .use(unwrapLinks)
  .use(rejoinSplitParagraphs)
  .use(remarkStringify, STRINGIFY_OPTIONS)
  .freeze();

/** True when the top of a text has a line of Global Research's header: its byline or its dated publisher line. */
export function looksLikeGlobalResearchMarkdown(text: string): boolean {
  const lines = text
    .split('\n', 40)
    .map((line) => line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim())
    .filter(Boolean)
    .slice(0, 15);
  return lines.some((line) => {
    if (profile.header.byline.test(line)) return true;
    const dated = profile.header.publisherLine.exec(line);
    return dated !== null && parseEnglishDate(dated[2]!) !== null;
  });
}

/** A Global Research page saved as Markdown: its header lines give the metadata, its footer the original outlet. */
export function readGlobalResearchMarkdown(text: string, capture: Capture): ConvertedCapture {
  const file = new VFile({ value: text, path: capture.file });
  file.data.cleaning = new CleaningTally();
  const tree = cleaner.runSync(cleaner.parse(file), file) as Root;
  const header = file.data.header!;
  const footer = file.data.footer ?? {};
  const bodyBlocks = blockTexts(tree.children);
  if (bodyBlocks.length === 0) throw new IngestError('no body: nothing is left between the header and the footer');

  const body = cleaner.stringify(tree, file);
  const data: ArticleData = {
    title: header.title,
    authors: header.authors.map((name) => ({ name, slug: personSlug(name) })),
    publisher: {
      name: header.publisher.name,
      slug: outletSlug(header.publisher.name),
      date: header.publisher.date,
    },
    ...originalPublication(header, footer.originalOutlet),
    topics: header.topics,
    ...(header.standfirst ? { standfirst: header.standfirst } : {}),
    ...(footer.copyright ? { copyright: footer.copyright } : {}),
    wordCount: countWords([header.standfirst ?? '', ...bodyBlocks].join('\n')),
    capture,
    cleaning: file.data.cleaning.toRecord(),
  };
  return { data, body };
}

/**
 * The outlet line under the date names where the piece first ran. Without one, the footer's source line does,
 * unless it names the publisher itself: then the piece first ran there and has no separate original.
 */
function originalPublication(
  header: NonNullable<VFile['data']['header']>,
  footerOutlet: string | undefined,
): Pick<ArticleData, 'original'> {
  const name = header.outlet?.name ?? footerOutlet;
  if (!name || name === header.publisher.name) return {};
  const date = header.outlet?.date;
  return { original: { name, slug: outletSlug(name), ...(date ? { date } : {}) } };
}
