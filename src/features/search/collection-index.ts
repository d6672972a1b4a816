import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection } from 'astro:content';
import { topicSlug } from '../articles/catalog';
import { blocksOfEntry } from '../markdown/article-blocks';
import { buildSearchIndex } from './build-index';
import { removeAbandonedIndexes, writeIndex, type WrittenIndex } from './written-index';

/** Each build writes its index files under a folder named by its process id, removed when the process exits. */
const WRITTEN_INDEXES_DIR = 'node_modules/.cache/archive-search';

let written: Promise<WrittenIndex> | undefined;

/** The collection's search index, built and written to disk once per build however many files are served from it. */
export function collectionIndex(): Promise<WrittenIndex> {
  written ??= getCollection('articles').then((entries) => {
    removeAbandonedIndexes(WRITTEN_INDEXES_DIR);
    const folder = join(WRITTEN_INDEXES_DIR, String(process.pid));
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    return writeIndex(
      buildSearchIndex(
        entries.map((entry) => {
          const { id, data } = entry;
          const blocks = blocksOfEntry(entry);
          return {
            slug: id,
            title: data.title,
            authors: data.authors,
            date: data.publisher.date,
            publisher: { name: data.publisher.name, slug: data.publisher.slug },
            ...(data.original ? { outlet: data.original } : {}),
            topics: [...data.topics.regions, ...data.topics.themes, ...data.topics.reports].map((name) => ({
              name,
              slug: topicSlug(name),
            })),
            ...(data.standfirst ? { standfirst: data.standfirst } : {}),
            blocks: blocks.map(({ text }) => text),
            blockAnchors: blocks.map(({ anchor }) => anchor),
          };
        }),
      ),
      folder,
    );
  });
  return written;
}
