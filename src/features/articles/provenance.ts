/** What the archive says about where an article came from and what was done to it. Pure functions. */
import type { ArticleData } from './schemas/article';
import type { Capture, CaptureFormat } from './schemas/capture';
import type { Cleaning, RemovalKind, RepairKind } from './schemas/cleaning';
import { formatIsoDate } from '../../shared/dates';
import { statSync } from 'node:fs';
import { sha256OfFileSync } from '../../shared/digest';

/** The three ways an article can have reached the publisher; pages render each with links and <time>. */
export type PublicationHistory =
  | {
      kind: 'original-dated';
      original: { name: string; slug: string; date: string };
      publisher: ArticleData['publisher'];
    }
  | { kind: 'original-undated'; original: { name: string; slug: string }; publisher: ArticleData['publisher'] }
  | { kind: 'publisher-only'; publisher: ArticleData['publisher'] };

export function publicationHistory(data: ArticleData): PublicationHistory {
  const { original, publisher } = data;
  if (!original) return { kind: 'publisher-only', publisher };
  if (original.date) {
    return {
      kind: 'original-dated',
      original: { name: original.name, slug: original.slug, date: original.date },
      publisher,
    };
  }
  return { kind: 'original-undated', original: { name: original.name, slug: original.slug }, publisher };
}

/** The provenance sentence as plain text (the page renders the same words with links and <time>). */
export function provenanceSentence(data: ArticleData): string {
  const history = publicationHistory(data);
  const republished = `republished by ${history.publisher.name} on ${formatIsoDate(history.publisher.date)}.`;
  switch (history.kind) {
    case 'original-dated':
      return `First published by ${history.original.name} on ${formatIsoDate(history.original.date)}; ${republished}`;
    case 'original-undated':
      return `First published by ${history.original.name} (date not stated in the capture); ${republished}`;
    case 'publisher-only':
      return `Published by ${history.publisher.name} on ${formatIsoDate(history.publisher.date)}.`;
  }
}

export const REMOVAL_LABELS: Record<RemovalKind, string> = {
  'source-line': '“Original source” line',
  'copyright-line': 'Copyright line (restated in this record)',
  separator: 'Separator rule',
  'facebook-link': 'Facebook comment link',
  'membership-link': 'Membership appeal',
  'author-index-link': '“Articles by” links',
  disclaimer: 'Publisher’s disclaimer',
  'fair-use-notice': '“Fair use” notice',
  'media-inquiries': 'Media-inquiries line',
  'other-footer': 'Other footer item',
  advertisement: 'Advertisement in the body',
  'donation-appeal': 'Donation appeal',
  'blank-line': 'Empty paragraph',
  image: 'Image (not kept in the capture)',
  'subscription-box': 'Newsletter or subscription box',
  'share-bar': 'Share buttons',
  'cookie-notice': 'Cookie notice',
  'related-links': '“Read more” or related-article links',
  'repeated-byline': 'Byline line repeating the metadata above',
  'comment-section': 'Reader comments',
};

export const REPAIR_LABELS: Record<RepairKind, string> = {
  'dead-link-unwrapped': 'Dead link (target lost in the capture) unwrapped to its text',
  'unsafe-link-unwrapped': 'Unsafe link unwrapped to its text',
  'bogus-heading-folded': 'Link that became a heading folded back into its sentence',
  'split-paragraph-rejoined': 'Paragraph split mid-sentence rejoined',
  'raw-html-shown-as-text': 'Raw HTML shown as text, never run',
  'image-noted': 'Image replaced by a note with its alt text',
  'relative-link-resolved': 'Relative link made absolute against the page’s address',
};

export interface CleaningLine {
  kind: string;
  label: string;
  count: number;
}

/** Removals and repairs as labelled lines, in the order the cleaner recorded them. */
export function cleaningLines(cleaning: Cleaning): { removed: CleaningLine[]; repaired: CleaningLine[] } {
  return {
    removed: cleaning.removed.map(({ kind, count }) => ({ kind, label: REMOVAL_LABELS[kind], count })),
    repaired: cleaning.repaired.map(({ kind, count }) => ({ kind, label: REPAIR_LABELS[kind], count })),
  };
}

/** "7,800 bytes (7.6 KiB)" */
export function formatBytes(bytes: number): string {
  const exact = `${bytes.toLocaleString('en-GB')} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024) return exact;
  const kib = bytes / 1024;
  return kib < 1024 ? `${exact} (${kib.toFixed(1)} KiB)` : `${exact} (${(kib / 1024).toFixed(1)} MiB)`;
}

/**
 * Where ingest keeps the verbatim captures, relative to the project root: `<slug>.txt` for a capture of one page, and
 * a web archive under the name its articles' `capture.stored` records. Each is served at captureUrl.
 */
export const CAPTURES_FOLDER = 'content/captures';

/** The capture's file name in the captures folder. */
export const storedCaptureName = (slug: string, capture: Capture): string => capture.stored ?? `${slug}.txt`;

export const FORMAT_LABELS: Record<CaptureFormat, string> = {
  'global-research-markdown': 'a Global Research page saved as Markdown',
  'web-clipper-markdown': 'a web clipper’s Markdown file',
  html: 'a saved HTML page',
  warc: 'a WARC web archive (ISO 28500)',
  wacz: 'a WACZ web archive',
};

/** The Wayback Machine's listing of a page's snapshots nearest a day: a plain link, nothing fetched from it. */
export function waybackUrl(url: string, isoDay: string): string {
  return `https://web.archive.org/web/${isoDay.replaceAll('-', '')}/${url}`;
}

/** "2026-11-30T09:15:02Z" → "30 November 2026, 09:15:02 UTC"; a bare day is formatted as a day. */
export function formatMoment(iso: string): string {
  if (iso.length === 10) return formatIsoDate(iso);
  const [day, time] = iso.split('T') as [string, string];
  const clock = /^(\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:\d{2})?$/.exec(time);
  if (!clock) return formatIsoDate(day);
  const zone = clock[2] === undefined ? '' : clock[2] === 'Z' || clock[2] === '+00:00' ? ' UTC' : ` UTC${clock[2]}`;
  return `${formatIsoDate(day)}, ${clock[1]}${zone}`;
}

/**
 * Throws unless the file holds the capture the frontmatter describes: the archive never serves an unverified copy.
 * The file is read in chunks, since a web archive may be larger than is sensible to hold in memory.
 */
export function verifyCapture(path: string, capture: Capture): void {
  const bytes = statSync(path).size;
  if (bytes !== capture.bytes) {
    throw new Error(`${path}: capture is ${bytes} bytes, frontmatter says ${capture.bytes}`);
  }
  const sha256 = sha256OfFileSync(path);
  const where = path;
  if (sha256 !== capture.sha256) {
    throw new Error(`${where}: capture sha256 is ${sha256}, frontmatter says ${capture.sha256}`);
  }
}

/** Shortens text for a meta description at a word boundary, with an ellipsis. */
export function truncate(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
