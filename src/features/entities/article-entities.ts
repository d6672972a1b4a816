import type { EntityKind } from './schema';
import type { AliasTable, KnownName } from './aliases';
import { findMentions, spellingMatcher, type Mention, type SpellingMatcher } from './mentions';

/** One name as one article uses it. Plain data: the article renderer stores it beside the article's HTML. */
export interface ArticleEntity {
  slug: string;
  /** As the reviewed file or content/entities-found.yaml gives it. */
  name: string;
  kind: EntityKind;
  /** Whether content/entities.yaml settles its name and kind. */
  reviewed: boolean;
  /** Each spelling the article's paragraphs use, with how often, most frequent first. */
  spellings: [text: string, count: number][];
  mentions: number;
}

export interface ArticleEntities {
  entities: ArticleEntity[];
  mentions: Mention[];
}

interface KnownNames {
  matcher: SpellingMatcher;
  bySlug: Map<string, KnownName>;
}

const knownNamesOfTable = new WeakMap<AliasTable, KnownNames>();

/** One matcher for every known name, made once per build rather than once per article. */
function knownNames(table: AliasTable): KnownNames {
  let known = knownNamesOfTable.get(table);
  if (!known) {
    known = { matcher: spellingMatcher(table.known), bySlug: new Map(table.known.map((name) => [name.slug, name])) };
    knownNamesOfTable.set(table, known);
  }
  return known;
}

/**
 * The people, organisations and places an article names, and every mention of them, from its paragraphs (as
 * `anchoredParagraphs` or `paragraphsOfMarkdown` give them, so paragraph ids match the page). Only names the table
 * knows are looked for: finding new ones takes a language model tens of milliseconds an article, so it is done
 * once, by `npm run entities`, not on every build.
 */
export function findArticleEntities(
  paragraphs: readonly { id: string; text: string }[],
  table: AliasTable,
): ArticleEntities {
  const { matcher, bySlug } = knownNames(table);
  const mentions = findMentions(paragraphs, matcher);
  const spellingsBySlug = new Map<string, Map<string, number>>();
  for (const mention of mentions) {
    const counts = spellingsBySlug.get(mention.slug) ?? new Map<string, number>();
    counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
    spellingsBySlug.set(mention.slug, counts);
  }
  const entities = [...spellingsBySlug].map(([slug, counts]): ArticleEntity => {
    const { name, kind, reviewed } = bySlug.get(slug)!;
    const spellings = [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0));
    return { slug, name, kind, reviewed, spellings, mentions: spellings.reduce((sum, [, count]) => sum + count, 0) };
  });
  return { entities: entities.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)), mentions };
}

/** The matcher that finds these entities' mentions again, in paragraph text or in the Markdown's text nodes. */
export function entityMatcher(entities: readonly ArticleEntity[]): SpellingMatcher {
  return spellingMatcher(entities.map(({ slug, spellings }) => ({ slug, spellings: spellings.map(([text]) => text) })));
}
