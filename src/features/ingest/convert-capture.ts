import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { sha256Hex } from '../../shared/digest';
import { countWords } from '../../shared/words';
import type { ArticleData } from '../articles/schemas/article';
import { slugify, personSlug } from '../../shared/slug';
import { CleaningTally } from './cleaning-tally';
import { decodeCapture } from './decode-capture';
import { IngestError } from './ingest-error';
import { blockTexts } from './tree-text';
import extractHeader from './transforms/extract-header';
import foldBogusHeadings from './transforms/fold-bogus-headings';
import rejoinSplitParagraphs from './transforms/rejoin-split-paragraphs';
import removeBlankParagraphs from './transforms/remove-blank-paragraphs';
import removeFooter from './transforms/remove-footer';
import removePromotions from './transforms/remove-promotions';
import showRawHtmlAsText from './transforms/show-raw-html-as-text';
import unwrapLinks from './transforms/unwrap-links';
import './vfile-data';
import { globalResearchProfile } from './profiles/profiles';

/** How the cleaned body is written back to Markdown; the transforms' tests stringify with the same options. */
export const STRINGIFY_OPTIONS: Readonly<StringifyOptions> = {
  bullet: '-',
  emphasis: '*',
  strong: '*',
  rule: '*',
  ruleSpaces: true,
  listItemIndent: 'one',
};

/**
 * Order matters: the header and footer are read while their links still mark names; links go before rejoining.
 */
const profile = globalResearchProfile();
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

const outletSlug = (name: string) => slugify(name, 'outlet');

export interface ConvertedCapture {
  data: ArticleData;
  body: string;
}

/**
 * One capture's bytes to the article's frontmatter and cleaned Markdown body. Throws IngestError on bad input.
 * A caller that has hashed the bytes already passes the digest in.
 */
export function convertCapture(bytes: Uint8Array, fileName: string, sha256 = sha256Hex(bytes)): ConvertedCapture {
  const text = decodeCapture(bytes);
  const file = new VFile({ value: text, path: fileName });
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
    capture: { file: fileName, sha256, bytes: bytes.length },
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
