/**
 * The per-article files a build writes in bulk (./bulk-files.ts): each article's citations and verbatim
 * capture, and the search index's shards and texts. The dev server serves the same files one route each
 * (articles/[slug]/citation.*, captures/[slug].txt and captures/[archive].ts, search/[...file].json), whose paths `servedOneByOne` empties
 * in a build.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { PendingBulkFile } from './bulk-files';
import { CITATION_FORMAT_NAMES, citationFileUrl, citationText } from '../citations/formats';
import { CAPTURES_FOLDER, storedCaptureName, verifyCapture } from '../articles/provenance';
import { captureUrl, sitePathOf } from '../../shared/urls';
import { indexFiles } from '../search/build-index';
import { collectionIndex } from '../search/collection-index';

export const servedOneByOne = <T>(paths: T[]): T[] => (import.meta.env.DEV ? paths : []);

export async function bulkFileSet(): Promise<PendingBulkFile[]> {
  const articles = await getCollection('articles');
  const search = indexFiles(await collectionIndex());
  return [
    ...articles.flatMap(citationFiles),
    ...captureFiles(articles),
    ...search.map(({ path, value }) => ({ path: `/search/${path}`, text: () => JSON.stringify(value) })),
  ];
}

function citationFiles(entry: CollectionEntry<'articles'>): PendingBulkFile[] {
  return CITATION_FORMAT_NAMES.map((format) => ({
    path: sitePathOf(citationFileUrl(entry.id, format)),
    text: () => citationText(entry, format),
  }));
}

/**
 * Each capture is copied byte for byte, once its bytes are checked against the sha256 its frontmatter records; a web
 * archive that gave several articles is copied once.
 */
function captureFiles(articles: CollectionEntry<'articles'>[]): PendingBulkFile[] {
  const files = new Map<string, PendingBulkFile>();
  for (const { id, data } of articles) {
    const copyOf = `${CAPTURES_FOLDER}/${storedCaptureName(id, data.capture)}`;
    if (files.has(copyOf)) continue;
    files.set(copyOf, {
      path: sitePathOf(captureUrl(id, data.capture.stored)),
      copyOf,
      check: () => verifyCapture(copyOf, data.capture),
    });
  }
  return [...files.values()];
}
