import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { slugify } from '../lib/slug';
import { articleSchema } from '../schemas/article';
import { renderArticleFile } from './article-file';
import { ArticleStore, describeStored } from './article-store';
import { sha256Hex } from '../lib/digest';
import { convertCapture } from './convert-capture';
import { IngestError } from './ingest-error';

export type Outcome =
  | { file: string; status: 'written' | 'unchanged'; slug: string; note?: string }
  | { file: string; status: 'duplicate'; slug: string; note: string }
  | { file: string; status: 'refused'; reason: string };

export interface IngestOptions {
  /** The folder holding `articles/` and `captures/`. */
  contentRoot: string;
  dryRun?: boolean;
  onProgress?: (done: number, total: number, outcome: Outcome) => void;
}

const CAPTURE_EXTENSIONS = /\.(?:txt|md|markdown)$/i;

/** Expands folders to the capture files inside them (not recursive), in a stable order. */
export async function listCaptures(paths: string[]): Promise<{ files: string[]; missing: Outcome[] }> {
  const files: string[] = [];
  const missing: Outcome[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => null);
    if (!info) {
      missing.push({ file: path, status: 'refused', reason: 'no such file or folder' });
    } else if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => !name.startsWith('.') && CAPTURE_EXTENSIONS.test(name));
      files.push(...names.sort().map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  return { files, missing };
}

export async function ingestCaptures(paths: string[], options: IngestOptions): Promise<Outcome[]> {
  const store = await ArticleStore.open(options.contentRoot);
  const { files, missing } = await listCaptures(paths);
  const outcomes: Outcome[] = [...missing];
  const seenThisRun = new Map<string, { file: string; outcome: Outcome }>();
  for (const [index, file] of files.entries()) {
    const outcome = await ingestOne(file, store, seenThisRun, options);
    outcomes.push(outcome);
    options.onProgress?.(index + 1, files.length, outcome);
  }
  return outcomes;
}

async function ingestOne(
  file: string,
  store: ArticleStore,
  seenThisRun: Map<string, { file: string; outcome: Outcome }>,
  options: IngestOptions,
): Promise<Outcome> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return {
      file,
      status: 'refused',
      reason: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? error})`,
    };
  }
  const sha256 = sha256Hex(bytes);
  const earlier = seenThisRun.get(sha256);
  if (earlier) {
    const { outcome } = earlier;
    if (outcome.status === 'refused')
      return { file, status: 'refused', reason: `${outcome.reason} (same bytes as ${earlier.file})` };
    return { file, status: 'duplicate', slug: outcome.slug, note: `same capture as ${earlier.file}` };
  }
  const outcome = await convertAndStore(file, bytes, sha256, store, options);
  seenThisRun.set(sha256, { file, outcome });
  return outcome;
}

async function convertAndStore(
  file: string,
  bytes: Uint8Array,
  sha256: string,
  store: ArticleStore,
  options: IngestOptions,
): Promise<Outcome> {
  try {
    const { data, body } = convertCapture(bytes, basename(file));
    const existing = store.findBySha(sha256);
    const slug = existing?.slug ?? slugify(data.title, 'article');
    const holder = store.findBySlug(slug);
    if (!existing && holder) {
      throw new IngestError(
        `its title gives the slug "${slug}", which ${relative('.', store.articlePath(slug))} already uses for ${describeStored(holder)}; nothing was overwritten`,
      );
    }
    // The same capture under another name is the same article: it keeps the name it was first ingested under.
    if (existing) data.capture.file = existing.captureFile;
    const checked = articleSchema.safeParse(data);
    if (!checked.success) {
      throw new IngestError(
        `the extracted metadata breaks the schema: ${checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`,
      );
    }
    const markdown = renderArticleFile(checked.data, body);
    const note =
      existing && existing.captureFile !== basename(file) ? `same capture as ${existing.captureFile}` : undefined;
    const article = { slug, sha256, captureFile: data.capture.file };
    if (await store.holds(slug, markdown, bytes)) {
      return { file, status: 'unchanged', slug, ...(note ? { note } : {}) };
    }
    if (!options.dryRun) await store.write(article, markdown, bytes);
    else store.remember(article);
    return { file, status: 'written', slug, ...(note ? { note } : {}) };
  } catch (error) {
    if (error instanceof IngestError) return { file, status: 'refused', reason: error.reason };
    return { file, status: 'refused', reason: `unexpected error while cleaning: ${(error as Error).message}` };
  }
}
