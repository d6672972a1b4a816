import { getCollection } from 'astro:content';
import { topicSlug } from '../lib/catalog';
import { markdownBlocks } from './article-text';
import { buildSearchIndex, type BuiltIndex } from './build-index';

let built: Promise<BuiltIndex> | undefined;

/** The collection's search index, built once per build however many index files are written from it. */
export function collectionIndex(): Promise<BuiltIndex> {
  built ??= getCollection('articles').then((entries) =>
    buildSearchIndex(
      entries.map(({ id, data, body }) => {
        const blocks = markdownBlocks(body ?? '');
        return {
          slug: id,
          title: data.title,
          authors: data.authors,
          date: data.publisher.date,
          ...(data.original ? { outlet: data.original } : {}),
          topics: [...data.topics.regions, ...data.topics.themes, ...data.topics.reports].map((name) => ({
            name,
            slug: topicSlug(name),
          })),
          ...(data.standfirst ? { standfirst: data.standfirst } : {}),
          blocks: blocks.texts,
          blockAnchors: blocks.anchors,
        };
      }),
    ),
  );
  return built;
}
