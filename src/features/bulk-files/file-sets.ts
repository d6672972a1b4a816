/**
 * The per-article files a build writes in bulk (./bulk-files.ts): each article's citations and verbatim
 * capture, and the search index's shards and texts. The dev server serves the same files one route each
 * (articles/[slug]/citation.*, captures/[slug].txt, search/[...file].json), whose paths `servedOneByOne` empties
 * in a build.
 */
import { readFileSync } from 'node:fs';
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PendingBulkFile } from './bulk-files';
import { CITATION_FORMAT_NAMES, citationFileUrl, citationText } from '../citations/formats';
import { CAPTURES_FOLDER, verifyCapture } from '../articles/provenance';
import { captureUrl } from '../../shared/urls';
import { indexFiles } from '../search/build-index';
import { collectionIndex } from '../search/collection-index';

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

function citationFiles(entry: CollectionEntry<'articles'>): PendingBulkFile[] {
  return CITATION_FORMAT_NAMES.map((format) => ({
    path: citationFileUrl(entry.id, format),
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
