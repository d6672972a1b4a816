import type { EntityAliasFile, EntityKind, FoundNamesFile } from './schema';
import { slugify } from '../../shared/slug';

/**
 * An entity is known by its slug: spellings that slugify alike ("al Qaeda", "Al-Qaeda", "Erdogan", "Erdoğan") are
 * one name without anyone listing them. The reviewed alias file (content/entities.yaml) adds the merges slugs
 * cannot see (Idlib, Idleb, Idelb), the kind of names the finder gets wrong, and the spellings it must drop.
 */

export function entitySlug(spelling: string): string {
  return slugify(spelling, 'entity');
}

export interface ReviewedName {
  slug: string;
  name: string;
  kind: EntityKind;
  /** The name and every other spelling of it, as the alias file lists them. */
  spellings: string[];
}

/** A name the build looks for in every article: reviewed, or found by `npm run entities` and not yet reviewed. */
export interface KnownName extends ReviewedName {
  reviewed: boolean;
}

export interface AliasTable {
  reviewed: ReviewedName[];
  /** The reviewed names, then the found ones neither reviewed nor dropped since. */
  known: KnownName[];
  /** Each reviewed spelling's slug, to the entry it belongs to. */
  bySpellingSlug: Map<string, ReviewedName>;
  /** Slugs of dropped spellings, to the reason given. */
  dropped: Map<string, string>;
}

/**
 * Throws when two reviewed entries claim spellings that slugify alike, since the index could not tell them apart.
 * Found names yield to the reviewed file: a found spelling it claims or drops is left out, so a review takes effect
 * before `npm run entities` is run again.
 */
export function buildAliasTable(file: EntityAliasFile, found: FoundNamesFile = { names: [] }): AliasTable {
  const bySpellingSlug = new Map<string, ReviewedName>();
  const claimedBy = new Map<string, string>();
  const claim = (spelling: string, owner: string) => {
    const slug = entitySlug(spelling);
    const previous = claimedBy.get(slug);
    if (previous !== undefined && previous !== owner) {
      throw new Error(`entity aliases: "${spelling}" is listed under both ${previous} and ${owner}`);
    }
    claimedBy.set(slug, owner);
    return slug;
  };
  const reviewed = file.entities.map((entry): ReviewedName => {
    const reviewedName = {
      slug: entitySlug(entry.name),
      name: entry.name,
      kind: entry.kind,
      spellings: [entry.name, ...entry.spellings],
    };
    for (const spelling of reviewedName.spellings) bySpellingSlug.set(claim(spelling, `"${entry.name}"`), reviewedName);
    return reviewedName;
  });
  const dropped = new Map(file.drop.map(({ spelling, reason }) => [claim(spelling, 'drop'), reason]));
  const known: KnownName[] = reviewed.map((name) => ({ ...name, reviewed: true }));
  for (const entry of found.names) {
    const spellings = [entry.name, ...entry.spellings].filter((spelling) => !claimedBy.has(entitySlug(spelling)));
    const slug = entitySlug(entry.name);
    if (!spellings.includes(entry.name)) continue;
    for (const spelling of spellings) claimedBy.set(entitySlug(spelling), `"${entry.name}"`);
    known.push({ slug, name: entry.name, kind: entry.kind, spellings, reviewed: false });
  }
  return { reviewed, known, bySpellingSlug, dropped };
}

export type Resolution = { slug: string; reviewed?: ReviewedName } | { dropped: string };

/** Which entity a spelling names, or why it names none. */
export function resolveSpelling(table: AliasTable, spelling: string): Resolution {
  const slug = entitySlug(spelling);
  const reason = table.dropped.get(slug);
  if (reason !== undefined) return { dropped: reason };
  const reviewed = table.bySpellingSlug.get(slug);
  return reviewed ? { slug: reviewed.slug, reviewed } : { slug };
}
