import { getCollection, type CollectionEntry } from 'astro:content';
import { sortNewestFirst, topicSlug } from '../articles/catalog';
import { anchoredBlocksOfEntry, renderedRecord } from '../markdown/article-blocks';
import { relatedArticleFinder, type RelatedArticle } from '../articles/related-articles';
import { buildEntityIndex, type EntityIndex } from './collection';
import { storedEntities } from './remark-entity-links';

/**
 * The collection's entity index and related articles, built once per build however many pages ask (the index
 * pages, every entity page, every article page). The name finder is not run here: each article's renderer stored
 * what it found (remark-entity-links), and this only gathers it.
 */

type Article = CollectionEntry<'articles'>;

export interface CollectionEntities {
  index: EntityIndex;
  /** Each article by id. Its paragraphs are not kept: a page that quotes mentions reads them again. */
  articles: Map<string, Article>;
  related: (id: string) => RelatedArticle[];
  /** What a reader calls each shared feature: the entity's or the topic's name. */
  featureLabels: Map<string, string>;
}

let built: Promise<CollectionEntities> | undefined;

export function collectionEntities(): Promise<CollectionEntities> {
  built ??= (async () => {
    const entries = sortNewestFirst(await getCollection('articles'));
    // Each article's paragraphs are read when it is indexed, and let go: the collection's text is never held at once.
    const index = buildEntityIndex(
      entries.map((entry) => ({
        id: entry.id,
        get paragraphs() {
          return anchoredBlocksOfEntry(entry);
        },
        entities: storedEntities(entry.id, renderedRecord(entry)),
      })),
    );
    const featureLabels = new Map<string, string>();
    const related = relatedArticleFinder(
      entries.map((entry) => ({
        id: entry.id,
        features: articleFeatures(entry, index.slugsByArticle.get(entry.id) ?? [], featureLabels, index),
      })),
    );
    const articles = new Map(entries.map((entry) => [entry.id, entry]));
    return { index, articles, related, featureLabels };
  })();
  return built;
}

/** Related articles share entities and topics; each feature is keyed by kind, so "Syria" the place and "Syria" the topic count twice. */
function articleFeatures(
  entry: Article,
  entitySlugs: readonly string[],
  labels: Map<string, string>,
  index: EntityIndex,
): string[] {
  const { regions, themes, reports } = entry.data.topics;
  const features: string[] = [];
  for (const slug of entitySlugs) {
    const feature = `entity:${slug}`;
    labels.set(feature, index.bySlug.get(slug)?.name ?? slug);
    features.push(feature);
  }
  for (const name of [...regions, ...themes, ...reports]) {
    const feature = `topic:${topicSlug(name)}`;
    if (!labels.has(feature)) labels.set(feature, name);
    features.push(feature);
  }
  return features;
}
