import { getCollection } from 'astro:content';
import { topicSlug } from '../articles/catalog';
import { blocksOfEntry } from '../markdown/article-blocks';
import { buildSearchIndex, type BuiltIndex } from './build-index';

let built: Promise<BuiltIndex> | undefined;

/** The collection's search index, built once per build however many index files are written from it. */
export function collectionIndex(): Promise<BuiltIndex> {
  built ??= getCollection('articles').then((entries) =>
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
  );
  return built;
}
