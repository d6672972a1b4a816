import { z } from 'zod';
import { REMOVAL_KINDS } from '../../articles/schemas/cleaning';

/** Profiles are matched against capture text written by anyone, so every pattern ignores case the same way. */
const pattern = z.string().transform((source, context) => {
  try {
    return new RegExp(source, 'i');
  } catch (error) {
    context.addIssue({ code: 'custom', message: `not a regular expression: ${(error as Error).message}` });
    return z.NEVER;
  }
});

const lineRule = z.strictObject({ kind: z.enum(REMOVAL_KINDS), pattern });

/** One publisher's page furniture: what to read off its pages and what to drop from them. */
export const profileSchema = z.strictObject({
  name: z.string().trim().min(1),
  /** Host names whose pages carry this furniture, without a port. */
  hosts: z.array(z.string().trim().toLowerCase().min(1)).min(1),
  /** The metadata lines above the article, for a Markdown capture in the publisher's own layout. */
  header: z
    .strictObject({
      byline: pattern,
      publisherLine: pattern,
      topicLines: z.strictObject({ regions: pattern, themes: pattern, reports: pattern }),
    })
    .optional(),
  /** Footer lines in the order the publisher prints them; the first one found starts the footer. */
  footer: z.array(lineRule).default([]),
  /** The footer line naming the outlet where the piece first ran (its first group). */
  sourceLine: pattern.optional(),
  /** Paragraphs inside the body that are the publisher's, not the author's. */
  promotions: z.array(lineRule).default([]),
  /** CSS selectors of furniture inside a saved HTML page's article. */
  pageFurniture: z.array(z.strictObject({ kind: z.enum(REMOVAL_KINDS), selector: z.string().min(1) })).default([]),
});

export type PublisherProfile = z.infer<typeof profileSchema>;
export type FooterRules = Pick<PublisherProfile, 'footer' | 'sourceLine'>;
export type HeaderRules = NonNullable<PublisherProfile['header']>;
export type LineRule = PublisherProfile['promotions'][number];
