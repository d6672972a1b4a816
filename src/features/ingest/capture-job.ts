import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { sha256Hex } from '../../shared/digest';
import { slugify } from '../../shared/slug';
import { articleSchema } from '../articles/schemas/article';
import { parseArticleFile, renderArticleFile } from '../articles/article-file';
import { articlesDirOf, storedArticlePath, storedCapturePath, UNREADABLE, type StoredArticle } from './article-store';
import { convertCapture } from './convert-capture';
import { IngestError } from './ingest-error';

/**
 * The work done for each file: reading, converting and checking a capture, and reading a stored article's
 * frontmatter. It depends on nothing but the file and what was stored when the run began; the run's own
 * decisions (duplicates, slug clashes, writes) are ingest.ts's.
 */

export interface JobContext {
  contentRoot: string;
  /** Readable stored articles by the sha256 of their capture, as they were when the run began. */
  storedBySha: ReadonlyMap<string, StoredArticle>;
  dryRun: boolean;
}

/** One capture, converted as far as it can be without knowing what the rest of the run does. */
export type PreparedCapture =
  | { kind: 'unreadable'; reason: string }
  | { kind: 'refused'; sha256: string; reason: string }
  | {
      kind: 'converted';
      sha256: string;
      slug: string;
      /** The capture file name the article records: the first name the capture was ingested under. */
      captureFile: string;
      /** Why the extracted metadata breaks the schema, when it does. */
      schemaProblem?: string;
      /** The stored article and capture already hold exactly these bytes. */
      unchanged: boolean;
      /** What to write, when there may be something to write. */
      output?: { markdown: string; capture: Buffer };
    };

export function prepareCapture(file: string, context: JobContext): PreparedCapture {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    return { kind: 'unreadable', reason: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})` };
  }
  const sha256 = sha256Hex(bytes);
  try {
    const { data, body } = convertCapture(bytes, basename(file), sha256);
    const existing = context.storedBySha.get(sha256);
    const slug = existing?.slug ?? slugify(data.title, 'article');
    // The same capture under another name is the same article: it keeps the name it was first ingested under.
    if (existing) data.capture.file = existing.captureFile;
    const checked = articleSchema.safeParse(data);
    if (!checked.success) {
      const schemaProblem = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
      return { kind: 'converted', sha256, slug, captureFile: data.capture.file, schemaProblem, unchanged: false };
    }
    const markdown = renderArticleFile(checked.data, body);
    // Only a capture stored before the run can find its article on disk already.
    const unchanged = existing !== undefined && holds(context.contentRoot, slug, markdown, bytes);
    return {
      kind: 'converted',
      sha256,
      slug,
      captureFile: data.capture.file,
      unchanged,
      ...(unchanged || context.dryRun ? {} : { output: { markdown, capture: bytes } }),
    };
  } catch (error) {
    const reason =
      error instanceof IngestError ? error.reason : `unexpected error while cleaning: ${(error as Error).message}`;
    return { kind: 'refused', sha256, reason };
  }
}

/** True when the stored article and its capture already hold exactly these bytes. */
function holds(root: string, slug: string, markdown: string, capture: Uint8Array): boolean {
  const read = (path: string) => {
    try {
      return readFileSync(path);
    } catch {
      return null;
    }
  };
  const storedCapture = read(storedCapturePath(root, slug));
  if (storedCapture === null || Buffer.compare(storedCapture, capture) !== 0) return false;
  return read(storedArticlePath(root, slug))?.toString('utf8') === markdown;
}

/** What each stored article records about its capture; an article whose frontmatter breaks the schema is marked. */
export function readStoredArticles(contentRoot: string, names: string[]): StoredArticle[] {
  return names.map((name) => {
    const slug = name.slice(0, -'.md'.length);
    const text = readFileSync(join(articlesDirOf(contentRoot), name), 'utf8');
    const parsed = articleSchema.safeParse(safelyReadFrontmatter(text));
    return parsed.success
      ? { slug, sha256: parsed.data.capture.sha256, captureFile: parsed.data.capture.file }
      : { slug, sha256: UNREADABLE, captureFile: name };
  });
}

function safelyReadFrontmatter(text: string): unknown {
  try {
    return parseArticleFile(text).frontmatter;
  } catch {
    return null;
  }
}
