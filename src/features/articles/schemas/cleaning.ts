import { z } from 'zod';

export const REMOVAL_KINDS = [
  'source-line',
  'copyright-line',
  'separator',
  'facebook-link',
  'membership-link',
  'author-index-link',
  'disclaimer',
  'fair-use-notice',
  'media-inquiries',
  'other-footer',
  'advertisement',
  'donation-appeal',
  'blank-line',
  'image',
  'subscription-box',
  'share-bar',
  'cookie-notice',
  'related-links',
  'repeated-byline',
  'comment-section',
] as const;

export const REPAIR_KINDS = [
  'dead-link-unwrapped',
  'unsafe-link-unwrapped',
  'bogus-heading-folded',
  'split-paragraph-rejoined',
  'raw-html-shown-as-text',
  'image-noted',
  'relative-link-resolved',
] as const;

export type RemovalKind = (typeof REMOVAL_KINDS)[number];
export type RepairKind = (typeof REPAIR_KINDS)[number];

const tally = <K extends readonly [string, ...string[]]>(kinds: K) =>
  z.array(z.strictObject({ kind: z.enum(kinds), count: z.number().int().positive() }));

/** What the cleaner took out of the capture, and what capture damage it mended. */
export const cleaningSchema = z.strictObject({
  removed: tally(REMOVAL_KINDS),
  repaired: tally(REPAIR_KINDS),
});

export type Cleaning = z.infer<typeof cleaningSchema>;
