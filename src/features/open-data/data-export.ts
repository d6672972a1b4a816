/**
 * The collection as data to take away: JSON, CSV and JSON Lines of every article's metadata (the last with the
 * full cleaned text), and a checksum list of the verbatim captures. Pure builders over `{ id, data, body }`, each
 * giving its file as text in parts (./collection-files.ts serves and writes them), and the /data/ page documents
 * each field from the same list.
 */
import { inertCsv, FORMULA_ESCAPE_NOTE } from './inert-csv';
import { partedJson, partedText, type PartedText } from '../../shared/parted-text';
import { blocksOfEntry, type RenderableEntry } from '../markdown/article-blocks';
import type { ArticleLike } from '../articles/catalog';
import { sortNewestFirst } from '../articles/catalog';
import { absoluteUrl, articleUrl, authorUrl, captureUrl, siteHref } from '../../shared/urls';
import { captureFormatOf, type CaptureFormat } from '../articles/schemas/capture';

export interface ExportSite {
  name: string;
  url: string;
}

export interface ExportableArticle extends ArticleLike, RenderableEntry {}

interface Tally {
  kind: string;
  count: number;
}

/** One article's metadata as exported: every frontmatter field, absent ones as null, plus its addresses. */
export interface ArticleExport {
  slug: string;
  url: string;
  title: string;
  authors: { name: string; slug: string; url: string }[];
  publisher: { name: string; slug: string; date: string; url: string | null };
  original: { name: string; slug: string; date: string | null } | null;
  topics: { regions: string[]; themes: string[]; reports: string[] };
  standfirst: string | null;
  copyright: string | null;
  wordCount: number;
  capture: {
    file: string;
    sha256: string;
    bytes: number;
    format: CaptureFormat;
    tool: string | null;
    capturedAt: string | null;
    record: { id: string; targetUri: string; payloadDigest: string | null } | null;
    url: string;
  };
  cleaning: { removed: Tally[]; repaired: Tally[] };
}

export function articleExport(article: ArticleLike, site: ExportSite): ArticleExport {
  const { data } = article;
  const absolute = (path: string) => absoluteUrl(path, site.url);
  return {
    slug: article.id,
    url: absolute(articleUrl(article.id)),
    title: data.title,
    authors: data.authors.map(({ name, slug }) => ({ name, slug, url: absolute(authorUrl(slug)) })),
    publisher: {
      name: data.publisher.name,
      slug: data.publisher.slug,
      date: data.publisher.date,
      url: data.publisher.url ?? null,
    },
    original: data.original
      ? { name: data.original.name, slug: data.original.slug, date: data.original.date ?? null }
      : null,
    topics: {
      regions: [...data.topics.regions],
      themes: [...data.topics.themes],
      reports: [...data.topics.reports],
    },
    standfirst: data.standfirst ?? null,
    copyright: data.copyright ?? null,
    wordCount: data.wordCount,
    capture: {
      file: data.capture.file,
      sha256: data.capture.sha256,
      bytes: data.capture.bytes,
      format: captureFormatOf(data.capture),
      tool: data.capture.tool ?? null,
      capturedAt: data.capture.capturedAt ?? null,
      record: data.capture.record
        ? {
            id: data.capture.record.id,
            targetUri: data.capture.record.targetUri,
            payloadDigest: data.capture.record.payloadDigest ?? null,
          }
        : null,
      url: absolute(captureUrl(article.id, data.capture.stored)),
    },
    cleaning: {
      removed: data.cleaning.removed.map(({ kind, count }) => ({ kind, count })),
      repaired: data.cleaning.repaired.map(({ kind, count }) => ({ kind, count })),
    },
  };
}

/** How a CSV cell holds a list: the items joined by this separator. */
export const LIST_SEPARATOR = '; ';

const list = (items: readonly string[]) => items.join(LIST_SEPARATOR);
const tallies = (items: readonly Tally[]) => list(items.map(({ kind, count }) => `${kind}=${count}`));

export interface FieldDoc {
  /** Where the field sits in the JSON and JSON Lines records ("authors[].name" is each author's name). */
  json: string;
  /** Its CSV column. */
  csv: string;
  type: string;
  meaning: string;
  cell: (article: ArticleExport) => string | number;
}

/** Every exported field, in CSV column order. */
export const ARTICLE_FIELDS: readonly FieldDoc[] = [
  {
    json: 'slug',
    csv: 'slug',
    type: 'text',
    meaning: 'The article’s identifier in the archive; also its BibTeX key.',
    cell: (a) => a.slug,
  },
  { json: 'url', csv: 'url', type: 'URL', meaning: 'The article’s page in the archive.', cell: (a) => a.url },
  { json: 'title', csv: 'title', type: 'text', meaning: 'The headline as published.', cell: (a) => a.title },
  {
    json: 'authors[].name',
    csv: 'authors',
    type: 'list of text',
    meaning: 'Each name exactly as the byline credits it, in byline order.',
    cell: (a) => list(a.authors.map((author) => author.name)),
  },
  {
    json: 'authors[].slug',
    csv: 'author_slugs',
    type: 'list of text',
    meaning: 'Each author’s identifier in the archive (one person credited under two spellings has one).',
    cell: (a) => list(a.authors.map((author) => author.slug)),
  },
  {
    json: 'authors[].url',
    csv: 'author_urls',
    type: 'list of URLs',
    meaning: 'Each author’s page in the archive.',
    cell: (a) => list(a.authors.map((author) => author.url)),
  },
  {
    json: 'publisher.name',
    csv: 'publisher',
    type: 'text',
    meaning: 'Who published the text the archive keeps (the republisher, when the piece first appeared elsewhere).',
    cell: (a) => a.publisher.name,
  },
  {
    json: 'publisher.slug',
    csv: 'publisher_slug',
    type: 'text',
    meaning: 'The publisher’s identifier.',
    cell: (a) => a.publisher.slug,
  },
  {
    json: 'publisher.date',
    csv: 'publisher_date',
    type: 'date (YYYY-MM-DD)',
    meaning: 'The day the publisher put it online.',
    cell: (a) => a.publisher.date,
  },
  {
    json: 'publisher.url',
    csv: 'publisher_url',
    type: 'URL, or null',
    meaning: 'The address of the publisher’s page, when the capture kept it.',
    cell: (a) => a.publisher.url ?? '',
  },
  {
    json: 'original.name',
    csv: 'original_name',
    type: 'text, or null',
    meaning: 'The outlet where the piece first appeared; null when it names none besides the publisher.',
    cell: (a) => a.original?.name ?? '',
  },
  {
    json: 'original.slug',
    csv: 'original_slug',
    type: 'text, or null',
    meaning: 'That outlet’s identifier in the archive.',
    cell: (a) => a.original?.slug ?? '',
  },
  {
    json: 'original.date',
    csv: 'original_date',
    type: 'date (YYYY-MM-DD), or null',
    meaning: 'The day it first appeared there; null when the capture does not state it.',
    cell: (a) => a.original?.date ?? '',
  },
  {
    json: 'topics.regions',
    csv: 'regions',
    type: 'list of text',
    meaning: 'The publisher’s Region classification.',
    cell: (a) => list(a.topics.regions),
  },
  {
    json: 'topics.themes',
    csv: 'themes',
    type: 'list of text',
    meaning: 'The publisher’s Theme classification.',
    cell: (a) => list(a.topics.themes),
  },
  {
    json: 'topics.reports',
    csv: 'reports',
    type: 'list of text',
    meaning: 'The publisher’s In-depth Report classification.',
    cell: (a) => list(a.topics.reports),
  },
  {
    json: 'standfirst',
    csv: 'standfirst',
    type: 'text, or null',
    meaning: 'The summary printed under the headline, when there is one.',
    cell: (a) => a.standfirst ?? '',
  },
  {
    json: 'copyright',
    csv: 'copyright',
    type: 'text, or null',
    meaning: 'The copyright line as the capture states it.',
    cell: (a) => a.copyright ?? '',
  },
  {
    json: 'wordCount',
    csv: 'word_count',
    type: 'whole number',
    meaning: 'Words in the standfirst and the cleaned body.',
    cell: (a) => a.wordCount,
  },
  {
    json: 'capture.file',
    csv: 'capture_file',
    type: 'text',
    meaning: 'The name of the capture file the article was cleaned from.',
    cell: (a) => a.capture.file,
  },
  {
    json: 'capture.sha256',
    csv: 'capture_sha256',
    type: 'text (64 hex digits)',
    meaning: 'The SHA-256 checksum of the verbatim capture.',
    cell: (a) => a.capture.sha256,
  },
  {
    json: 'capture.bytes',
    csv: 'capture_bytes',
    type: 'whole number',
    meaning: 'The capture’s size in bytes.',
    cell: (a) => a.capture.bytes,
  },
  {
    json: 'capture.format',
    csv: 'capture_format',
    type: 'one of global-research-markdown, web-clipper-markdown, html, warc, wacz',
    meaning: 'What kind of file the capture is.',
    cell: (a) => a.capture.format,
  },
  {
    json: 'capture.tool',
    csv: 'capture_tool',
    type: 'text, or null',
    meaning: 'The program that saved the page, where the capture says.',
    cell: (a) => a.capture.tool ?? '',
  },
  {
    json: 'capture.capturedAt',
    csv: 'captured_at',
    type: 'ISO 8601 date or timestamp, or null',
    meaning: 'When the page was saved, where the capture says (WARC-Date, the clipper’s created date).',
    cell: (a) => a.capture.capturedAt ?? '',
  },
  {
    json: 'capture.record.id',
    csv: 'warc_record_id',
    type: 'text, or null',
    meaning: 'For a page in a web archive: the WARC record it came from.',
    cell: (a) => a.capture.record?.id ?? '',
  },
  {
    json: 'capture.record.targetUri',
    csv: 'warc_target_uri',
    type: 'URL, or null',
    meaning: 'For a page in a web archive: the address the record captured (WARC-Target-URI).',
    cell: (a) => a.capture.record?.targetUri ?? '',
  },
  {
    json: 'capture.record.payloadDigest',
    csv: 'warc_payload_digest',
    type: 'text, or null',
    meaning: 'For a page in a web archive: its WARC-Payload-Digest, as the archive states it.',
    cell: (a) => a.capture.record?.payloadDigest ?? '',
  },
  {
    json: 'capture.url',
    csv: 'capture_url',
    type: 'URL',
    meaning: 'The verbatim capture: served as UTF-8 text, or a web archive as a download (one file for all its pages).',
    cell: (a) => a.capture.url,
  },
  {
    json: 'cleaning.removed[]',
    csv: 'removed',
    type: 'list of {kind, count}',
    meaning: 'What the cleaner removed from the capture, by kind, with counts (in CSV as kind=count).',
    cell: (a) => tallies(a.cleaning.removed),
  },
  {
    json: 'cleaning.repaired[]',
    csv: 'repaired',
    type: 'list of {kind, count}',
    meaning: 'What capture damage the cleaner repaired, by kind, with counts (in CSV as kind=count).',
    cell: (a) => tallies(a.cleaning.repaired),
  },
];

/** The field only the JSON Lines file carries. */
export const TEXT_FIELD = {
  json: 'text',
  type: 'text',
  meaning:
    'The cleaned body as plain text: each paragraph, heading and list item on its own, separated by a blank line.',
} as const;

/** The body as a reader sees it, without Markdown: one block a paragraph, blocks separated by a blank line. */
export function plainBodyText(entry: RenderableEntry): string {
  return blocksOfEntry(entry)
    .map((block) => block.text)
    .join('\n\n');
}

/** articles.json: the collection's name and address, and every article's metadata, newest first. */
export function articlesJson(articles: readonly ArticleLike[], site: ExportSite): PartedText {
  const sorted = sortNewestFirst(articles);
  const envelope = (items: unknown[]) => ({
    name: site.name,
    url: absoluteUrl(siteHref('/'), site.url),
    count: sorted.length,
    articles: items,
  });
  return partedJson(envelope, sorted, (article) => articleExport(article, site));
}

/** articles.csv: one row per article, a header row first; RFC 4180 (quoted where needed, CR LF line ends). */
export function articlesCsv(articles: readonly ArticleLike[], site: ExportSite): PartedText {
  return inertCsv(
    ARTICLE_FIELDS.map((field) => field.csv),
    sortNewestFirst(articles),
    (article) => {
      const record = articleExport(article, site);
      return ARTICLE_FIELDS.map((field) => field.cell(record));
    },
  );
}

/** articles.jsonl: one JSON object a line, each article's metadata with its full text. */
export function articlesJsonLines(articles: readonly ExportableArticle[], site: ExportSite): PartedText {
  return partedText(
    sortNewestFirst(articles),
    (article) => `${JSON.stringify({ ...articleExport(article, site), text: plainBodyText(article) })}\n`,
  );
}

export interface CaptureListing {
  slug: string;
  title: string;
  path: string;
  sha256: string;
  bytes: number;
}

/** Each capture file once, newest article first: a web archive that gave several articles is listed under the first. */
export function captureListing(articles: readonly ArticleLike[]): CaptureListing[] {
  const listed = new Map<string, CaptureListing>();
  for (const { id, data } of sortNewestFirst(articles)) {
    const path = captureUrl(id, data.capture.stored);
    if (!listed.has(path))
      listed.set(path, { slug: id, title: data.title, path, sha256: data.capture.sha256, bytes: data.capture.bytes });
  }
  return [...listed.values()];
}

/** A checksum list in the format `sha256sum --check` reads, naming each capture as it is served. */
export function captureChecksums(articles: readonly ArticleLike[]): PartedText {
  return partedText(
    captureListing(articles),
    ({ sha256, path }) => `${sha256}  ${path.slice(path.lastIndexOf('/') + 1)}\n`,
  );
}

export interface DataFile {
  path: string;
  /** The name a reader knows the format by. */
  format: string;
  mediaType: string;
  holds: string;
}

/** The files the /data/ page offers, in the order it lists them; ./collection-files.ts writes them. */
export const DATA_FILES = {
  metadata: [
    {
      path: siteHref('/data/articles.json'),
      format: 'JSON',
      mediaType: 'application/json',
      holds: 'Every article’s metadata in one document: { name, url, count, articles: [ … ] }, newest first.',
    },
    {
      path: siteHref('/data/articles.csv'),
      format: 'CSV',
      mediaType: 'text/csv',
      holds: `The same metadata as a table, one row per article after a header row (RFC 4180: UTF-8, CR LF line ends, quoted where needed). Lists are joined with “${LIST_SEPARATOR.trim()} ”; a missing value is an empty cell. ${FORMULA_ESCAPE_NOTE}`,
    },
    {
      path: siteHref('/data/articles.jsonl'),
      format: 'JSON Lines',
      mediaType: 'application/jsonl',
      holds: 'One JSON object a line, one line per article: the metadata above plus the full cleaned text.',
    },
  ],
  citations: [
    {
      path: siteHref('/data/citations.bib'),
      format: 'BibTeX',
      mediaType: 'application/x-bibtex',
      holds: 'One @misc entry per article, keyed by its slug; for LaTeX with BibTeX or biblatex.',
    },
    {
      path: siteHref('/data/citations.ris'),
      format: 'RIS',
      mediaType: 'application/x-research-info-systems',
      holds: 'One NEWS record per article; for EndNote, Zotero, Mendeley and most reference managers.',
    },
    {
      path: siteHref('/data/citations.json'),
      format: 'CSL-JSON',
      mediaType: 'application/vnd.citationstyles.csl+json',
      holds: 'One article-newspaper item per article; for Zotero, Pandoc and other CSL processors.',
    },
  ],
  captures: [
    {
      path: siteHref('/data/captures-sha256.txt'),
      format: 'SHA-256 list',
      mediaType: 'text/plain',
      holds: 'Each capture’s checksum and file name, in the form sha256sum --check reads.',
    },
  ],
} as const satisfies Record<string, readonly DataFile[]>;
