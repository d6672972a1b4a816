import { z } from 'zod';
import { nonEmptyText, slugSchema } from './primitives';

/** A name exactly as the byline credits it, with the slug of that person's archive page. */
export const creditSchema = z.strictObject({
  name: nonEmptyText,
  slug: slugSchema,
});

export type Credit = z.infer<typeof creditSchema>;
