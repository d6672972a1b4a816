/**
 * The files a build writes in bulk (./bulk-files.ts): each article's citations and verbatim capture, the search
 * index's shards and texts (copied from where the index wrote them), and the whole-collection data files, a part at a time. The dev
 * server serves the same files one route each (articles/[slug]/citation.*, captures/[slug].txt and
 * captures/[archive].ts, search/[...file].json, data/[name].*), whose paths shared/served-one-by-one.ts empties in a build.
 */
import { join } from 'node:path';
import { getCollection, type CollectionEntry } from 'astro:content';
import { inParts, type PendingBulkFile } from './bulk-files';
import { COLLECTION_FILES } from '../open-data/collection-files';
import { site } from '../../site.config';
import { CITATION_FORMAT_NAMES, citationFileUrl, citationText } from '../citations/formats';
import { CAPTURES_FOLDER, storedCaptureName, verifyCapture } from '../articles/provenance';
import { captureUrl, sitePathOf } from '../../shared/urls';
import { collectionIndex } from '../search/collection-index';

export async function bulkFileSet(): Promise<PendingBulkFile[]> {
  const articles = await getCollection('articles');
  const search = await collectionIndex();
  return [
    ...articles.flatMap(citationFiles),
    ...captureFiles(articles),
    ...Object.entries(COLLECTION_FILES).flatMap(([name, file]) => inParts(`/data/${name}`, file.text(articles, site))),
    ...search.files.map((path) => ({ path: `/search/${path}`, copyOf: join(search.folder, path) })),
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
