import { z } from 'zod';

/** YAML parsers may hand back a bare 2016-12-28 as a Date; the archive keeps calendar days as ISO strings. */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be an ISO date (YYYY-MM-DD)'),
);

export const slugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase ASCII kebab-case');

export const nonEmptyText = z.string().trim().min(1);
