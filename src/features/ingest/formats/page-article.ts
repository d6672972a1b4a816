import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { personSlug } from '../../../shared/slug';
import { countWords } from '../../../shared/words';
import type { ArticleData } from '../../articles/schemas/article';
import type { Capture } from '../../articles/schemas/capture';
import { CleaningTally } from '../cleaning-tally';
import { IngestError } from '../ingest-error';
import { profileForUrl } from '../profiles/profiles';
import type { PublisherProfile } from '../profiles/profile-schema';
import { STRINGIFY_OPTIONS } from '../stringify-options';
import { blockTexts } from '../tree-text';
import removeBlankParagraphs from '../transforms/remove-blank-paragraphs';
import removeFooter from '../transforms/remove-footer';
import removePromotions from '../transforms/remove-promotions';
import removeRepeatedByline from '../transforms/remove-repeated-byline';
import showRawHtmlAsText from '../transforms/show-raw-html-as-text';
import unwrapLinks from '../transforms/unwrap-links';
import { outletSlug, type ConvertedCapture } from './converted-capture';
import type { PageFacts } from './page-facts';
import '../vfile-data';

const NO_PROFILE: Pick<PublisherProfile, 'footer' | 'promotions'> = { footer: [], promotions: [] };

/** The Markdown body of any page that is not in a publisher's own Markdown layout, cleaned the same way. */
function cleanerFor(profile: Pick<PublisherProfile, 'footer' | 'sourceLine' | 'promotions'>, authors: string[]) {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(removeFooter, profile)
    .use(showRawHtmlAsText)
    .use(removePromotions, profile.promotions)
    .use(removeRepeatedByline, { authors })
    .use(removeBlankParagraphs)
    .use(unwrapLinks)
    .use(remarkStringify, STRINGIFY_OPTIONS);
}

/** "www.moonofalabama.org" → "moonofalabama.org": the outlet's name when the page states none. */
export function hostName(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/**
 * A page's facts and Markdown body to an article. The outlet is the profile's name for the page's host, else the
 * name the page gives itself, else its host. A publisher's footer, where its profile has one, names the original.
 */
export function pageArticle(
  facts: PageFacts,
  markdown: string,
  capture: Capture,
  tally = new CleaningTally(),
): ConvertedCapture {
  const title = facts.title?.trim();
  if (!title) throw new IngestError('no title found');
  const authors = facts.authors.map((name) => name.trim()).filter(Boolean);
  if (authors.length === 0) throw new IngestError('no author found');
  if (!facts.published) throw new IngestError('no publication date found');
  const profile = profileForUrl(facts.url);
  const outlet = profile?.name ?? facts.siteName?.trim() ?? hostName(facts.url);
  if (!outlet) throw new IngestError('no outlet: the page states no site name and no address');

  const file = new VFile({ value: markdown, path: capture.file });
  file.data.cleaning = tally;
  const cleaner = cleanerFor(profile ?? NO_PROFILE, authors);
  const tree = cleaner.runSync(cleaner.parse(file), file) as Root;
  const bodyBlocks = blockTexts(tree.children);
  if (bodyBlocks.length === 0) throw new IngestError('no article text found');
  const footer = file.data.footer ?? {};
  const original = footer.originalOutlet && footer.originalOutlet !== outlet ? footer.originalOutlet : undefined;
  const copyright = footer.copyright ?? facts.copyright;

  const data: ArticleData = {
    title,
    authors: authors.map((name) => ({ name, slug: personSlug(name) })),
    publisher: {
      name: outlet,
      slug: outletSlug(outlet),
      date: facts.published,
      ...(facts.url ? { url: facts.url } : {}),
    },
    ...(original ? { original: { name: original, slug: outletSlug(original) } } : {}),
    topics: {
      regions: [],
      themes: [...new Set(facts.keywords.map((word) => word.trim()).filter(Boolean))],
      reports: [],
    },
    ...(copyright ? { copyright } : {}),
    wordCount: countWords(bodyBlocks.join('\n')),
    capture: {
      ...capture,
      ...(facts.tool && !capture.tool ? { tool: facts.tool } : {}),
      ...(facts.capturedAt && !capture.capturedAt ? { capturedAt: facts.capturedAt } : {}),
    },
    cleaning: tally.toRecord(),
  };
  return { data, body: cleaner.stringify(tree, file) };
}
