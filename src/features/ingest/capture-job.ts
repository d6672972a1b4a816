import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256Hex } from '../../shared/digest';
import { slugify } from '../../shared/slug';
import { articleSchema } from '../articles/schemas/article';
import { parseArticleFile, renderArticleFile } from '../articles/article-file';
import { articlesDirOf, storedArticlePath, storedCapturePath, UNREADABLE, type StoredArticle } from './article-store';
import type { ConvertedCapture } from './formats/converted-capture';
import { IngestError } from './ingest-error';

/**
 * The work done for each page of a capture: converting and checking it, and reading a stored article's
 * frontmatter. It depends on nothing but the capture and what was stored when the run began; the run's own
 * decisions (duplicates, slug clashes, writes) are ingest.ts's.
 */

export interface JobContext {
  contentRoot: string;
  /** Readable stored articles by the identity of their capture, as they were when the run began. */
  storedByIdentity: ReadonlyMap<string, StoredArticle>;
  dryRun: boolean;
}

/** Where the verbatim capture of a page comes from: its own bytes, or a web archive that holds several pages. */
export type CaptureSource = { kind: 'bytes'; bytes: Buffer } | { kind: 'archive'; path: string; stored: string };

/** One page of a capture, converted as far as it can be without knowing what the rest of the run does. */
export type PreparedPage =
  | { kind: 'refused'; label: string; identity: string; reason: string }
  | {
      kind: 'converted';
      label: string;
      /** The capture's sha256, with the record's id for a page of a web archive. */
      identity: string;
      slug: string;
      /** The name of the file the page came from in this run. */
      fileName: string;
      /** The capture file name the article records: the first name the capture was ingested under. */
      captureFile: string;
      publisherSlug: string;
      /** What says that another capture holds the same page: its payload digest, its address with its text. */
      samePage: string[];
      /** Why the extracted metadata breaks the schema, when it does. */
      schemaProblem?: string;
      /** The stored article and capture already hold exactly these bytes. */
      unchanged: boolean;
      /** What to write, when there may be something to write. */
      output?: { markdown: string; capture: CaptureSource };
    };

/** The keys by which two captures are known to hold the same page, whatever their containers. */
export function samePageKeys(
  data: { publisher: { url?: string }; capture: { record?: { payloadDigest?: string } } },
  body: string,
): string[] {
  const keys: string[] = [];
  const digest = data.capture.record?.payloadDigest;
  if (digest) keys.push(`payload ${digest}`);
  if (data.publisher.url) keys.push(`text ${data.publisher.url} ${sha256Hex(Buffer.from(body.trimEnd()))}`);
  return keys;
}

/**
 * Checks one converted page against the schema and what is stored. `convert` throws IngestError for a page the
 * archive refuses.
 */
export function preparePage(
  label: string,
  identity: string,
  source: CaptureSource,
  context: JobContext,
  convert: () => ConvertedCapture,
): PreparedPage {
  try {
    const { data, body } = convert();
    const existing = context.storedByIdentity.get(identity);
    const fileName = data.capture.file;
    const slug = existing?.slug ?? slugify(data.title, 'article');
    // The same capture under another name is the same article: it keeps the name it was first ingested under.
    if (existing) data.capture.file = existing.captureFile;
    const common = {
      kind: 'converted' as const,
      label,
      identity,
      slug,
      fileName,
      captureFile: data.capture.file,
      publisherSlug: data.publisher.slug,
      samePage: samePageKeys(data, body),
    };
    const checked = articleSchema.safeParse(data);
    if (!checked.success) {
      const schemaProblem = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      return { ...common, schemaProblem, unchanged: false };
    }
    const markdown = renderArticleFile(checked.data, body);
    // Only a capture stored before the run can find its article on disk already.
    const unchanged = existing !== undefined && holds(context.contentRoot, slug, markdown, source);
    return {
      ...common,
      unchanged,
      ...(unchanged || context.dryRun ? {} : { output: { markdown, capture: source } }),
    };
  } catch (error) {
    const reason =
      error instanceof IngestError ? error.reason : `unexpected error while cleaning: ${(error as Error).message}`;
    return { kind: 'refused', label, identity, reason };
  }
}

/** True when the stored article and its capture already hold exactly these bytes. */
function holds(root: string, slug: string, markdown: string, source: CaptureSource): boolean {
  const read = (path: string) => {
    try {
      return readFileSync(path);
    } catch {
      return null;
    }
  };
  if (source.kind === 'bytes') {
    const storedCapture = read(storedCapturePath(root, slug));
    if (storedCapture === null || Buffer.compare(storedCapture, source.bytes) !== 0) return false;
  } else if (read(storedCapturePath(root, slug, source.stored)) === null) {
    return false;
  }
  return read(storedArticlePath(root, slug))?.toString('utf8') === markdown;
}

/** What each stored article records about its capture; an article whose frontmatter breaks the schema is marked. */
export function readStoredArticles(contentRoot: string, names: string[]): StoredArticle[] {
  return names.map((name) => {
    const slug = name.slice(0, -'.md'.length);
    const text = readFileSync(join(articlesDirOf(contentRoot), name), 'utf8');
    const { frontmatter, body } = safelyRead(text);
    const parsed = articleSchema.safeParse(frontmatter);
    if (!parsed.success) return { slug, identity: UNREADABLE, captureFile: name, samePage: [] };
    const { capture } = parsed.data;
    return {
      slug,
      identity: captureIdentity(capture.sha256, capture.record?.id),
      captureFile: capture.file,
      samePage: samePageKeys(parsed.data, body),
    };
  });
}

/** A capture of one page is known by its sha256; a page of a web archive by the archive's and its record's id. */
export const captureIdentity = (sha256: string, recordId?: string): string =>
  recordId ? `${sha256} ${recordId}` : sha256;

function safelyRead(text: string): { frontmatter: unknown; body: string } {
  try {
    return parseArticleFile(text);
  } catch {
    return { frontmatter: null, body: '' };
  }
}
