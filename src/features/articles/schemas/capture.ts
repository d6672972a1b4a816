import { z } from 'zod';
import { nonEmptyText } from './primitives';

/** The kinds of file the ingest reads. An article without a recorded format came from a Global Research capture. */
export const CAPTURE_FORMATS = ['global-research-markdown', 'web-clipper-markdown', 'html', 'warc', 'wacz'] as const;
export type CaptureFormat = (typeof CAPTURE_FORMATS)[number];

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex sha256');
const webAddress = z.url({ protocol: /^https?$/ });
/** A moment as the capture states it: an ISO 8601 timestamp, or a calendar day when that is all it gives. */
const isoMoment = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.string().regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?$/, {
    message: 'must be an ISO 8601 date or timestamp',
  }),
);

/** The record inside a web archive (WARC or WACZ) that held the page. */
export const archiveRecordSchema = z.strictObject({
  id: nonEmptyText,
  targetUri: webAddress,
  /** WARC-Payload-Digest as the archive states it, such as "sha1:…". */
  payloadDigest: nonEmptyText.optional(),
});

/** The verbatim capture the article was cleaned from, so anyone can verify the cleaning. */
export const captureSchema = z.strictObject({
  file: z.string().min(1),
  sha256,
  bytes: z.number().int().positive(),
  format: z.enum(CAPTURE_FORMATS).optional(),
  /** The program that saved the page, where the file says. */
  tool: nonEmptyText.optional(),
  /** When the page was saved: WARC-Date, the clipper's "created", SingleFile's "saved date". */
  capturedAt: isoMoment.optional(),
  /** The file's name in the captures folder when one file holds several articles (a web archive). */
  stored: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]*$/, 'must be a plain lowercase file name')
    .optional(),
  record: archiveRecordSchema.optional(),
});

export type Capture = z.infer<typeof captureSchema>;

export const captureFormatOf = (capture: Capture): CaptureFormat => capture.format ?? 'global-research-markdown';
