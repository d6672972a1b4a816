import { createHash } from 'node:crypto';
import { ENTITY_KINDS, type EntityKind } from '../../schemas/entities';
import { preferredName } from '../catalog';
import { resolveSpelling, type AliasTable } from './aliases';
import { extractCandidates } from './extract';
import { findMentions, spellingMatcher, type EntitySpellings, type Mention, type SpellingMatcher } from './mentions';

/** One name as one article uses it. Plain data: the article renderer stores it beside the article's HTML. */
export interface ArticleEntity {
  slug: string;
  /** The reviewed name, else the spelling this article uses most. */
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

interface Found {
  reviewed?: { name: string; kind: EntityKind; spellings: readonly string[] };
  votes: Map<EntityKind, number>;
  spellings: Set<string>;
}

/**
 * The people, organisations and places an article names, and every mention of them, from its paragraphs (as
 * `anchoredParagraphs` or `paragraphsOfMarkdown` give them, so paragraph ids match the page).
 */
export function findArticleEntities(
  paragraphs: readonly { id: string; text: string }[],
  table: AliasTable,
): ArticleEntities {
  const found = new Map<string, Found>();
  const entry = (slug: string): Found => {
    let value = found.get(slug);
    if (!value) {
      value = { votes: new Map(), spellings: new Set() };
      found.set(slug, value);
    }
    return value;
  };
  for (const reviewed of table.reviewed) entry(reviewed.slug).reviewed = reviewed;
  for (const candidate of extractCandidates(paragraphs.map((paragraph) => paragraph.text))) {
    const resolution = resolveSpelling(table, candidate.text);
    if ('dropped' in resolution) continue;
    const value = entry(resolution.slug);
    value.spellings.add(candidate.text);
    value.votes.set(candidate.kind, (value.votes.get(candidate.kind) ?? 0) + 1);
  }
  const searched: EntitySpellings[] = [...found].map(([slug, value]) => ({
    slug,
    spellings: [...(value.reviewed?.spellings ?? []), ...value.spellings],
  }));
  const mentions = findMentions(paragraphs, spellingMatcher(searched));
  const spellingsBySlug = new Map<string, Map<string, number>>();
  for (const mention of mentions) {
    const counts = spellingsBySlug.get(mention.slug) ?? new Map<string, number>();
    counts.set(mention.text, (counts.get(mention.text) ?? 0) + 1);
    spellingsBySlug.set(mention.slug, counts);
  }
  const entities = [...spellingsBySlug].map(([slug, counts]): ArticleEntity => {
    const { reviewed, votes } = found.get(slug)!;
    const spellings = [...counts].sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0));
    return {
      slug,
      name: reviewed?.name ?? preferredName(spellings.flatMap(([text, count]) => Array<string>(count).fill(text))),
      kind: reviewed?.kind ?? mostVoted(votes),
      reviewed: reviewed !== undefined,
      spellings,
      mentions: spellings.reduce((sum, [, count]) => sum + count, 0),
    };
  });
  return { entities: entities.sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0)), mentions };
}

/** The kind the finder gave a name most often; ties go to the earlier kind in ENTITY_KINDS. */
export function mostVoted(votes: ReadonlyMap<EntityKind, number>): EntityKind {
  let best: EntityKind = ENTITY_KINDS[0];
  for (const kind of ENTITY_KINDS) if ((votes.get(kind) ?? 0) > (votes.get(best) ?? 0)) best = kind;
  return best;
}

const cache = new WeakMap<AliasTable, Map<string, ArticleEntity[]>>();

/**
 * An article's entities, found once per article text in a build (the name finder takes tens of milliseconds an
 * article). Only the entities are kept, not the mentions, so the cache stays small at ten thousand articles.
 */
export function articleEntities(
  paragraphs: readonly { id: string; text: string }[],
  table: AliasTable,
): ArticleEntity[] {
  let byDigest = cache.get(table);
  if (!byDigest) {
    byDigest = new Map();
    cache.set(table, byDigest);
  }
  const digest = createHash('sha256')
    .update(paragraphs.map(({ id, text }) => `${id}\u0000${text}`).join('\u0001'))
    .digest('hex');
  let entities = byDigest.get(digest);
  if (!entities) {
    entities = findArticleEntities(paragraphs, table).entities;
    byDigest.set(digest, entities);
  }
  return entities;
}

/** The matcher that finds these entities' mentions again, in paragraph text or in the Markdown's text nodes. */
export function entityMatcher(entities: readonly ArticleEntity[]): SpellingMatcher {
  return spellingMatcher(entities.map(({ slug, spellings }) => ({ slug, spellings: spellings.map(([text]) => text) })));
}
