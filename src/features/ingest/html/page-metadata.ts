import { collapseSpace } from '../tree-text';
import { calendarDay, isoTimestamp } from '../../../shared/calendar-day';
import { readJsonLdArticle, type JsonLdArticle } from './json-ld';
import { allElements, hasToken, withTag } from './page-elements';
import { readSavedBy, type SavedBy } from './saved-by';

/** What a saved page states about its article, apart from the article's text. */
export interface PageMetadata {
  title?: string;
  /** Names as the page credits them. */
  authors: string[];
  siteName?: string;
  /** The page's own address, absolute. */
  url?: string;
  /** The calendar day of publication, YYYY-MM-DD, as the page states it. */
  published?: string;
  /** The full publication timestamp, ISO 8601 as the page gives it, when it gives one. */
  publishedAt?: string;
  modified?: string;
  keywords: string[];
  description?: string;
  copyright?: string;
  savedBy?: SavedBy;
}

const DATE_META_NAMES = ['date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued'];
const TITLE_SEPARATOR = '\\s+[|–—\\-:·•»]\\s+';
const WEB_ADDRESS = /^(?:https?:)?\/\/|^www\./i;
const COMMENT_NODE = 8;

/** Reads the metadata of a whole page: JSON-LD first, then Open Graph and other meta tags, then the markup. */
export function readPageMetadata(document: Document, address?: string): PageMetadata {
  const elements = allElements(document);
  const jsonLdBlocks = withTag(elements, 'script')
    .filter((script) => script.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json')
    .map((script) => script.textContent ?? '');
  const jsonLd: Partial<JsonLdArticle> = readJsonLdArticle(jsonLdBlocks) ?? {};
  const fromJsonLd = (value: string | undefined) => (value ? decodedText(document, value) : undefined);
  const metas = metaValues(withTag(elements, 'meta'));
  const meta = (name: string) => metas.get(name)?.[0];
  const savedBy = readSavedBy(leadingComments(document));

  const siteName = first(fromJsonLd(jsonLd.publisher), meta('og:site_name'), meta('application-name'));
  const title = first(fromJsonLd(jsonLd.headline), meta('og:title'), elementText(withTag(elements, 'title')[0]));
  const publishedSource = [
    jsonLd.datePublished,
    meta('article:published_time'),
    ...publishedTimes(elements),
    ...DATE_META_NAMES.map(meta),
  ].find((value) => calendarDay(value) !== undefined);
  const publishedAt = isoTimestamp(publishedSource);
  const modified = [jsonLd.dateModified, meta('article:modified_time'), meta('og:updated_time')]
    .map(calendarDay)
    .find(Boolean);
  const url = [
    withTag(elements, 'link')
      .find((link) => hasToken(link, 'rel', 'canonical'))
      ?.getAttribute('href') ?? undefined,
    meta('og:url'),
    jsonLd.url,
    address,
    savedBy?.address,
  ]
    .map((candidate) => webAddress(candidate, address))
    .find(Boolean);
  const description = first(fromJsonLd(jsonLd.description), meta('og:description'), meta('description'));
  const copyright = first(fromJsonLd(jsonLd.copyright), meta('copyright'), meta('dcterms.rights'), meta('dc.rights'));

  return {
    ...(title ? { title: withoutSiteSuffix(title, siteName) } : {}),
    authors: credits(document, elements, jsonLd, metas),
    ...(siteName ? { siteName } : {}),
    ...(url ? { url } : {}),
    ...(publishedSource ? { published: calendarDay(publishedSource)! } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(modified ? { modified } : {}),
    keywords: distinct([
      ...(jsonLd.keywords ?? []).map((keyword) => decodedText(document, keyword)),
      ...(metas.get('article:tag') ?? []),
    ]),
    ...(description ? { description } : {}),
    ...(copyright ? { copyright } : {}),
    ...(savedBy ? { savedBy } : {}),
  };
}

/**
 * The address relative links on the page resolve against: the page's `<base href>`, else the address it was
 * fetched or saved from. The canonical address comes last: a syndicated copy names the original's address there,
 * and its own relative links point at the copy's site.
 */
export function linkBase(document: Document, metadata: PageMetadata, address?: string): string | undefined {
  const documentAddress = webAddress(address) ?? webAddress(metadata.savedBy?.address) ?? metadata.url;
  const base = [...document.getElementsByTagName('base')]
    .find((element) => element.hasAttribute('href'))
    ?.getAttribute('href');
  return webAddress(base ?? undefined, documentAddress) ?? documentAddress;
}

/** JSON-LD authors; else meta author; else article:author when it is a name; else the text of rel=author links. */
function credits(
  document: Document,
  elements: readonly Element[],
  jsonLd: Partial<JsonLdArticle>,
  metas: Map<string, string[]>,
): string[] {
  const sources = [
    (jsonLd.authors ?? []).map((name) => decodedText(document, name)),
    metas.get('author') ?? [],
    metas.get('article:author') ?? [],
    withTag(elements, 'a')
      .filter((link) => hasToken(link, 'rel', 'author'))
      .map(elementText),
  ];
  for (const names of sources) {
    const credited = distinct(names.filter((name): name is string => !!name && !WEB_ADDRESS.test(name)));
    if (credited.length > 0) return credited;
  }
  return [];
}

/** Meta tags by their lower-cased property or name, each with its values in document order. */
function metaValues(metas: readonly Element[]): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const element of metas) {
    const key = (element.getAttribute('property') ?? element.getAttribute('name') ?? element.getAttribute('itemprop'))
      ?.trim()
      .toLowerCase();
    const value = collapseSpace(element.getAttribute('content') ?? '');
    if (!key || !value) continue;
    const list = values.get(key);
    if (list) list.push(value);
    else values.set(key, [value]);
  }
  return values;
}

/** Comments at the top of the file and directly inside <html> and <head>, where saving tools sign a page. */
function leadingComments(document: Document): string[] {
  const parents: (Node | null)[] = [document, document.documentElement, document.head];
  return parents.flatMap((parent) =>
    parent
      ? [...parent.childNodes].filter((node) => node.nodeType === COMMENT_NODE).map((node) => node.textContent ?? '')
      : [],
  );
}

/**
 * Publication times in the markup, most trusted first: a <time> in the article, a microdata datePublished, a
 * <time> in the page's main content, a <time pubdate>.
 */
function publishedTimes(elements: readonly Element[]): (string | undefined)[] {
  const times = withTag(elements, 'time').filter((time) => time.hasAttribute('datetime'));
  const microdata = elements.find((element) => hasToken(element, 'itemprop', 'datePublished'));
  return [
    times.find((time) => time.closest('article'))?.getAttribute('datetime'),
    microdata?.getAttribute('datetime') ?? microdata?.getAttribute('content'),
    times.find((time) => time.closest('main'))?.getAttribute('datetime'),
    times.find((time) => time.hasAttribute('pubdate'))?.getAttribute('datetime'),
  ].map((value) => value ?? undefined);
}

function elementText(element: Element | null | undefined): string | undefined {
  return element ? collapseSpace(element.textContent ?? '') || undefined : undefined;
}

/** JSON-LD strings are data, but some publishers write HTML entities (and even tags) into them. */
function decodedText(document: Document, value: string): string {
  if (!/[&<]/.test(value)) return collapseSpace(value);
  const scratch = document.createElement('div');
  scratch.innerHTML = value;
  return collapseSpace(scratch.textContent ?? '');
}

function webAddress(candidate: string | undefined, base?: string): string | undefined {
  const trimmed = candidate?.trim();
  if (!trimmed || !URL.canParse(trimmed, base)) return undefined;
  const parsed = new URL(trimmed, base);
  return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
}

/** The title without a " | Site" or " – Site" ending that repeats the site's name. */
function withoutSiteSuffix(title: string, siteName: string | undefined): string {
  if (!siteName) return title;
  const suffix = new RegExp(`${TITLE_SEPARATOR}${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'i');
  return title.replace(suffix, '') || title;
}

function first(...values: (string | undefined)[]): string | undefined {
  return values.find((value) => value !== undefined && value !== '');
}

/** The values in order, each once: a later one that differs only in case repeats an earlier one. */
function distinct(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (!value || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
