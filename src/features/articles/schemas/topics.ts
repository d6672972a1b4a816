import { z } from 'zod';
import { nonEmptyText } from './primitives';

/** The publisher's own classification, as its Region, Theme and In-depth Report lines give it. */
export const topicsSchema = z.strictObject({
  regions: z.array(nonEmptyText),
  themes: z.array(nonEmptyText),
  reports: z.array(nonEmptyText),
});

export type Topics = z.infer<typeof topicsSchema>;
export const TOPIC_KINDS = ['regions', 'themes', 'reports'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];
