import { Readability } from '@mozilla/readability';
import { countWords } from '../../../shared/words';
import type { CleaningTally } from '../cleaning-tally';
import { IngestError } from '../ingest-error';
import { articleMarkdown } from './article-markdown';
import { linkBase, readPageMetadata, type PageMetadata } from './page-metadata';
import { parseDocument } from './parse-document';
import { removeFurniture, removeInvisible, type FurnitureRule } from './remove-furniture';
import { UNSAFE_HREF_MARK } from './transforms/resolve-links';

export type { FurnitureRule } from './remove-furniture';
export type { PageMetadata } from './page-metadata';
export type { SavedBy } from './saved-by';

/** A saved web page's article: what the page states about it, and its body as Markdown. */
export interface HtmlPage extends PageMetadata {
  markdown: string;
}

export interface ExtractHtmlPageOptions {
  /** The address the page was fetched from (a web archive record's target), when known. */
  address?: string;
  tally: CleaningTally;
  /** The publisher profile's own furniture rules. */
  furniture?: readonly FurnitureRule[];
}

/** Fewer words than this, links aside, is a login form, an index of headlines or an error page: not an article. */
const FEWEST_ARTICLE_WORDS = 25;

/**
 * Extracts the article from a saved HTML page ("Save page as", SingleFile, a web archive record's payload).
 * The page is parsed by linkedom, which runs no scripts; the article is found by Readability and written as
 * Markdown. Throws IngestError when the page holds no article.
 */
export function extractHtmlPage(html: string, options: ExtractHtmlPageOptions): HtmlPage {
  const document = parseDocument(html);
  const metadata = readPageMetadata(document, options.address);
  const base = linkBase(document, metadata, options.address);

  removeFurniture(document, options.tally, options.furniture);
  removeInvisible(document);
  markScriptLinks(document);
  keepBylinesInText(document, metadata.authors);

  const article = new Readability<Element>(document, {
    disableJSONLD: true,
    serializer: (node) => node as Element,
  }).parse()?.content;
  if (!article || wordsOutsideLinks(article) < FEWEST_ARTICLE_WORDS) throw new IngestError('no article text found');
  const markdown = articleMarkdown(article.innerHTML, {
    ...(base ? { base } : {}),
    ...(metadata.title ? { title: metadata.title } : {}),
    authors: metadata.authors,
    tally: options.tally,
  });
  return { ...metadata, markdown };
}

function wordsOutsideLinks(element: Element): number {
  let linked = 0;
  for (const link of element.querySelectorAll('a')) linked += countWords(link.textContent ?? '');
  return countWords(element.textContent ?? '') - linked;
}

/**
 * Readability turns javascript: links into their text itself, where the tally cannot see it. Marking them and
 * taking their target away leaves them to the links transform, which counts them.
 */
function markScriptLinks(document: Document): void {
  for (const link of document.getElementsByTagName('a')) {
    if (!isScriptAddress(link.getAttribute('href') ?? '')) continue;
    link.removeAttribute('href');
    link.setAttribute(UNSAFE_HREF_MARK, '');
  }
}

/**
 * Read as a browser reads it: spaces, control characters and tabs in "java\tscript:" do not hide the scheme.
 * Parsing only what has the letters "script" in it saves parsing every link on the page.
 */
function isScriptAddress(href: string): boolean {
  if (!/s\s*c\s*r\s*i\s*p\s*t/i.test(href) || !URL.canParse(href, 'https://example.invalid/')) return false;
  return new URL(href, 'https://example.invalid/').protocol === 'javascript:';
}

/**
 * Readability deletes the first byline-like element it meets unless the page's metadata names an author, and
 * that deletion cannot be counted (nor checked: the element may be text). With an author named, it deletes
 * nothing; the repeated-byline transform removes bylines that repeat the credited authors, and counts them.
 */
function keepBylinesInText(document: Document, authors: readonly string[]): void {
  const meta = document.createElement('meta');
  meta.setAttribute('name', 'author');
  meta.setAttribute('content', authors.join(', ') || 'not credited');
  document.head.append(meta);
}
