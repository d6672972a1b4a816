import { ENTITY_KINDS, type EntityKind, type FoundName } from './schema';
import { preferredName } from '../articles/catalog';
import { resolveSpelling, type AliasTable } from './aliases';
import { extractCandidates, type Candidate } from './extract';
import { findMentions, spellingMatcher } from './mentions';
import { collator } from '../../shared/collator';

/**
 * What `npm run entities` writes to content/entities-found.yaml: the names the name finder sees in the articles that
 * the reviewed file neither lists nor drops. A name spotted in one article is counted wherever its spellings occur,
 * so its name is the spelling the whole collection uses most, and its kind the one the finder gave it most often.
 */

export type ArticleParagraphs = readonly { id: string; text: string }[];

interface Discovered {
  spellings: Set<string>;
  votes: Map<EntityKind, number>;
}

/**
 * Sorted by name, then slug, so the file is the same for the same articles and changes only where they do. The
 * finder's candidates may come ready, one list per article (from `findCandidates`, which caches and parallelises).
 */
export function discoverNames(
  articles: readonly ArticleParagraphs[],
  table: AliasTable,
  candidates: readonly (readonly Candidate[])[] = articles.map((paragraphs) =>
    extractCandidates(paragraphs.map((paragraph) => paragraph.text)),
  ),
): FoundName[] {
  const discovered = new Map<string, Discovered>();
  for (const found of candidates) {
    for (const candidate of found) {
      const resolution = resolveSpelling(table, candidate.text);
      if ('dropped' in resolution || resolution.reviewed) continue;
      const entry = discovered.get(resolution.slug) ?? { spellings: new Set<string>(), votes: new Map() };
      entry.spellings.add(candidate.text);
      entry.votes.set(candidate.kind, (entry.votes.get(candidate.kind) ?? 0) + 1);
      discovered.set(resolution.slug, entry);
    }
  }
  const matcher = spellingMatcher(
    [...discovered].map(([slug, { spellings }]) => ({ slug, spellings: [...spellings] })),
  );
  const textsBySlug = new Map<string, string[]>();
  for (const paragraphs of articles) {
    for (const mention of findMentions(paragraphs, matcher)) {
      const texts = textsBySlug.get(mention.slug) ?? [];
      texts.push(mention.text);
      textsBySlug.set(mention.slug, texts);
    }
  }
  const names = [...textsBySlug].map(([slug, texts]): FoundName & { slug: string } => {
    const name = preferredName(texts);
    const spellings = [...new Set(texts)].filter((text) => text !== name).sort(compareText);
    return { slug, name, kind: mostVoted(discovered.get(slug)!.votes), spellings };
  });
  return names
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.slug, b.slug))
    .map(({ name, kind, spellings }) => ({ name, kind, spellings }));
}

/** The kind the finder gave a name most often; ties go to the earlier kind in ENTITY_KINDS. */
export function mostVoted(votes: ReadonlyMap<EntityKind, number>): EntityKind {
  let best: EntityKind = ENTITY_KINDS[0];
  for (const kind of ENTITY_KINDS) if ((votes.get(kind) ?? 0) > (votes.get(best) ?? 0)) best = kind;
  return best;
}

function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
