import { z } from 'zod';
import { captureSchema } from './capture';
import { cleaningSchema } from './cleaning';
import { creditSchema } from './people';
import { nonEmptyText } from './primitives';
import { originalPublicationSchema, publicationSchema } from './publication';
import { topicsSchema } from './topics';

/** The frontmatter of one archived article. Each field states one fact about it. */
export const articleSchema = z.strictObject({
  title: nonEmptyText,
  authors: z.array(creditSchema).min(1),
  publisher: publicationSchema,
  original: originalPublicationSchema.optional(),
  topics: topicsSchema,
  standfirst: nonEmptyText.optional(),
  copyright: nonEmptyText.optional(),
  wordCount: z.number().int().nonnegative(),
  capture: captureSchema,
  cleaning: cleaningSchema,
});

export type ArticleData = z.infer<typeof articleSchema>;
