import { z } from 'zod';
import { nonEmptyText } from '../articles/schemas/primitives';

/** The three kinds of name the people, organisations and places index files entries under, in page order. */
export const ENTITY_KINDS = ['person', 'organisation', 'place'] as const;
export const entityKindSchema = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof entityKindSchema>;

/** One name a reviewer has checked: its kind, and the other spellings the texts use for it. */
const reviewedEntitySchema = z.strictObject({
  name: nonEmptyText,
  kind: entityKindSchema,
  /** Further spellings of the same name, merged into this entry and found in the texts even where the name finder misses them. */
  spellings: z.array(nonEmptyText).default([]),
});

/** A spelling the name finder takes for a name that is not one (a tweet's furniture, a demonym, a common noun). */
const droppedSpellingSchema = z.strictObject({
  spelling: nonEmptyText,
  reason: nonEmptyText,
});

/**
 * content/entities.yaml: the reviewed corrections to the names found in the texts. That no spelling is claimed
 * twice is checked where spellings become slugs (aliases.ts), since two spellings clash when
 * their slugs do.
 */
export const entityAliasesSchema = z.strictObject({
  entities: z.array(reviewedEntitySchema).default([]),
  drop: z.array(droppedSpellingSchema).default([]),
});

export type EntityAliasFile = z.infer<typeof entityAliasesSchema>;

/** A name the name finder found in the articles and nobody has reviewed yet, with the spellings it saw. */
const foundNameSchema = z.strictObject({
  name: nonEmptyText,
  kind: entityKindSchema,
  spellings: z.array(nonEmptyText).default([]),
});

/**
 * content/entities-found.yaml: what `npm run entities` found in the articles beyond the reviewed file. Written by that
 * command, never by hand; a reviewer promotes an entry by copying it to content/entities.yaml.
 */
export const foundNamesSchema = z.strictObject({
  names: z.array(foundNameSchema).default([]),
});

export type FoundNamesFile = z.infer<typeof foundNamesSchema>;
export type FoundName = FoundNamesFile['names'][number];
export type ReviewedEntity = EntityAliasFile['entities'][number];
