import { z } from 'zod';

/** The verbatim capture the article was cleaned from, so anyone can verify the cleaning. */
export const captureSchema = z.strictObject({
  file: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex sha256'),
  bytes: z.number().int().positive(),
});

export type Capture = z.infer<typeof captureSchema>;
