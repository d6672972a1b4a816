/**
 * The per-article files a build writes in bulk (src/lib/bulk-files.ts): each article's citations and verbatim
 * capture, and the search index's shards and texts. The dev server serves the same files one route each
 * (articles/[slug]/citation.*, captures/[slug].txt, search/[...file].json), whose paths `servedOneByOne` empties
 * in a build.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PendingBulkFile } from './bulk-files';
import { formatBibtex } from '../citations/bibtex';
import { formatCslJson } from '../citations/csl';
import { citationRecord, type CitationRecord } from '../citations/record';
import { formatRis } from '../citations/ris';
import { verifyCapture } from '../articles/provenance';
import { articleUrl, captureUrl } from '../../shared/urls';
import { indexFiles } from '../search/build-index';
import { collectionIndex } from '../search/collection-index';
import { site } from '../../site.config';

/** Where ingest keeps the verbatim captures, relative to the project root. */
export const CAPTURES_FOLDER = 'content/captures';

export const servedOneByOne = <T>(paths: T[]): T[] => (import.meta.env.DEV ? paths : []);

export async function bulkFileSet(): Promise<PendingBulkFile[]> {
  const articles = await getCollection('articles');
  const search = indexFiles(await collectionIndex());
  return [
    ...articles.flatMap(citationFiles),
    ...articles.map(captureFile),
    ...search.map(({ path, value }) => ({ path: `/search/${path}`, text: () => JSON.stringify(value) })),
  ];
}

/** Each downloadable citation format, by the extension of its file beside the article page. */
export const CITATION_FORMATS = {
  bib: formatBibtex,
  ris: formatRis,
  json: (record: CitationRecord) => formatCslJson([record]),
} as const satisfies Record<string, (record: CitationRecord) => string>;

export const citationText = (entry: CollectionEntry<'articles'>, format: keyof typeof CITATION_FORMATS): string =>
  CITATION_FORMATS[format](citationRecord(entry, site));

function citationFiles(entry: CollectionEntry<'articles'>): PendingBulkFile[] {
  const base = articleUrl(entry.id);
  return (Object.keys(CITATION_FORMATS) as (keyof typeof CITATION_FORMATS)[]).map((format) => ({
    path: `${base}citation.${format}`,
    text: () => citationText(entry, format),
  }));
}

/** The capture is copied byte for byte, once its bytes are checked against the sha256 its frontmatter records. */
function captureFile(entry: CollectionEntry<'articles'>): PendingBulkFile {
  const copyOf = `${CAPTURES_FOLDER}/${entry.id}.txt`;
  return {
    path: captureUrl(entry.id),
    copyOf,
    check: () => verifyCapture(readFileSync(copyOf), entry.data.capture, copyOf),
  };
}
