import { ENTITY_KINDS, type EntityKind } from './schema';
import type { ArticleEntity } from './article-entities';
import { findMentions, spellingMatcher, type Mention } from './mentions';
import { collator } from '../../shared/collator';

/**
 * The collection's index of people, organisations and places, from the names each article's renderer found in it.
 * Every spelling any article used is looked for in all of them, so the index quotes each mention.
 */

export interface ArticleSource {
  id: string;
  /** The article's paragraphs as `paragraphsOfMarkdown` numbers them. */
  paragraphs: readonly { id: string; text: string }[];
  /** What the article renderer found in it (remark-entity-links stores it with the rendered article). */
  entities: readonly ArticleEntity[];
}

export interface IndexedEntity {
  slug: string;
  name: string;
  kind: EntityKind;
  /** The other spellings merged into this entry, as the texts use them, alphabetical. */
  otherSpellings: string[];
  mentionCount: number;
  /** In the order the articles were given, each with its mentions in reading order. */
  articles: { id: string; mentions: Mention[] }[];
}

export interface EntityIndex {
  /** Alphabetical by name. */
  entities: IndexedEntity[];
  bySlug: Map<string, IndexedEntity>;
  /** Each article's entity slugs, most mentioned first. */
  slugsByArticle: Map<string, string[]>;
}

export function buildEntityIndex(articles: readonly ArticleSource[]): EntityIndex {
  const known = new Map<string, { entity: ArticleEntity; spellings: Set<string> }>();
  for (const article of articles) {
    for (const entity of article.entities) {
      const entry = known.get(entity.slug) ?? { entity, spellings: new Set<string>() };
      for (const [spelling] of entity.spellings) entry.spellings.add(spelling);
      known.set(entity.slug, entry);
    }
  }
  const matcher = spellingMatcher([...known].map(([slug, { spellings }]) => ({ slug, spellings: [...spellings] })));
  const found = new Map<string, { articles: IndexedEntity['articles']; texts: string[] }>();
  const slugsByArticle = new Map<string, string[]>();
  const ownText = spellingCopies();
  for (const article of articles) {
    const perSlug = new Map<string, Mention[]>();
    for (const mention of findMentions(article.paragraphs, matcher)) {
      mention.text = ownText(mention.text);
      const list = perSlug.get(mention.slug) ?? [];
      list.push(mention);
      perSlug.set(mention.slug, list);
    }
    for (const [slug, mentions] of perSlug) {
      const entry = found.get(slug) ?? { articles: [], texts: [] };
      entry.articles.push({ id: article.id, mentions });
      entry.texts.push(...mentions.map((mention) => mention.text));
      found.set(slug, entry);
    }
    slugsByArticle.set(
      article.id,
      [...perSlug]
        .sort(([a, listA], [b, listB]) => listB.length - listA.length || (a < b ? -1 : 1))
        .map(([slug]) => slug),
    );
  }
  // A name that a longer one swallows everywhere ("Syrian Army" inside "Syrian Army Command") still has articles
  // whose pages link to it: it keeps an entry, with the mentions its own articles' renderer saw.
  for (const [slug, { spellings }] of known) {
    if (found.has(slug)) continue;
    const alone = spellingMatcher([{ slug, spellings: [...spellings] }]);
    const entry = { articles: [] as IndexedEntity['articles'], texts: [] as string[] };
    for (const article of articles) {
      if (!article.entities.some((entity) => entity.slug === slug)) continue;
      const mentions = findMentions(article.paragraphs, alone);
      if (mentions.length === 0) continue;
      for (const mention of mentions) mention.text = ownText(mention.text);
      entry.articles.push({ id: article.id, mentions });
      entry.texts.push(...mentions.map((mention) => mention.text));
    }
    if (entry.articles.length > 0) found.set(slug, entry);
  }
  const entities = [...found]
    .map(([slug, { articles: inArticles, texts }]): IndexedEntity => {
      const { name, kind } = known.get(slug)!.entity;
      return {
        slug,
        name,
        kind,
        otherSpellings: [...new Set(texts)].filter((text) => text !== name).sort(collator.compare),
        mentionCount: texts.length,
        articles: inArticles,
      };
    })
    .sort((a, b) => collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : 1));
  return { entities, bySlug: new Map(entities.map((entity) => [entity.slug, entity])), slugsByArticle };
}

/**
 * A mention's text is a slice of its paragraph, and V8 keeps a whole string alive behind any slice of it: the index
 * would hold the text of every article it quotes. One copy of each spelling, made anew, lets that text go.
 */
function spellingCopies(): (text: string) => string {
  const copies = new Map<string, string>();
  return (text) => {
    let copy = copies.get(text);
    if (copy === undefined) {
      copy = JSON.parse(JSON.stringify(text)) as string;
      copies.set(copy, copy);
    }
    return copy;
  };
}

/** How many articles' mentions an entity page lists before it continues on the next page. */
export const ENTITY_PAGE_ARTICLES = 25;

export const ENTITY_KIND_LABELS: Record<EntityKind, { one: string; many: string }> = {
  person: { one: 'Person', many: 'People' },
  organisation: { one: 'Organisation', many: 'Organisations' },
  place: { one: 'Place', many: 'Places' },
};

/** The index page's sections: each kind with its entities, alphabetical; every kind present, even when empty. */
export function entitiesByKind(entities: readonly IndexedEntity[]): { kind: EntityKind; entities: IndexedEntity[] }[] {
  return ENTITY_KINDS.map((kind) => ({ kind, entities: entities.filter((entity) => entity.kind === kind) }));
}
