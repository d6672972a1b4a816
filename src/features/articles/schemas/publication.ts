import { z } from 'zod';
import { isoDateSchema, nonEmptyText, slugSchema } from './primitives';

/** A page's address on the web, when the capture kept it. */
const pageUrl = z.url({ protocol: /^https?$/ }).optional();

/** Who put the piece online, and on which day. */
export const publicationSchema = z.strictObject({
  name: nonEmptyText,
  slug: slugSchema,
  date: isoDateSchema,
  url: pageUrl,
});

/** Where the piece first appeared; the day is present only when the capture states it. */
export const originalPublicationSchema = z.strictObject({
  name: nonEmptyText,
  slug: slugSchema,
  date: isoDateSchema.optional(),
});

export type Publication = z.infer<typeof publicationSchema>;
export type OriginalPublication = z.infer<typeof originalPublicationSchema>;
