import { readdir, stat } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { ArticleStore, describeStored, listStoredArticles } from './article-store';
import { prepareCapture, readStoredArticles, type PreparedCapture } from './capture-job';

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

/**
 * Each capture is converted on its own, knowing only what was stored when the run began; every decision that
 * depends on the rest of the run (a duplicate, a slug already taken, what to write) is made after, one capture
 * at a time in file order.
 */
export async function ingestCaptures(paths: string[], options: IngestOptions): Promise<Outcome[]> {
  const { files, missing } = await listCaptures(paths);
  const outcomes: Outcome[] = [...missing];
  if (files.length === 0) return outcomes;

  const root = options.contentRoot;
  const store = new ArticleStore(root, readStoredArticles(root, listStoredArticles(root)));
  const context = { contentRoot: root, storedBySha: store.shaIndex(), dryRun: options.dryRun ?? false };
  const seenThisRun = new Map<string, { file: string; outcome: Outcome }>();
  for (const [index, file] of files.entries()) {
    const outcome = decide(file, prepareCapture(file, context), store, seenThisRun, options);
    outcomes.push(outcome);
    options.onProgress?.(index + 1, files.length, outcome);
  }
  return outcomes;
}

function decide(
  file: string,
  prepared: PreparedCapture,
  store: ArticleStore,
  seenThisRun: Map<string, { file: string; outcome: Outcome }>,
  options: IngestOptions,
): Outcome {
  if (prepared.kind === 'unreadable') return { file, status: 'refused', reason: prepared.reason };
  const earlier = seenThisRun.get(prepared.sha256);
  if (earlier) {
    const { outcome } = earlier;
    if (outcome.status === 'refused')
      return { file, status: 'refused', reason: `${outcome.reason} (same bytes as ${earlier.file})` };
    return { file, status: 'duplicate', slug: outcome.slug, note: `same capture as ${earlier.file}` };
  }
  const outcome = decideNew(file, prepared, store, options);
  seenThisRun.set(prepared.sha256, { file, outcome });
  return outcome;
}

function decideNew(
  file: string,
  prepared: Exclude<PreparedCapture, { kind: 'unreadable' }>,
  store: ArticleStore,
  options: IngestOptions,
): Outcome {
  if (prepared.kind === 'refused') return { file, status: 'refused', reason: prepared.reason };
  const { sha256, slug, captureFile } = prepared;
  const existing = store.findBySha(sha256);
  const holder = store.findBySlug(slug);
  if (!existing && holder) {
    return refused(
      file,
      `its title gives the slug "${slug}", which ${relative('.', store.articlePath(slug))} already uses for ${describeStored(holder)}; nothing was overwritten`,
    );
  }
  if (prepared.schemaProblem !== undefined) {
    return refused(file, `the extracted metadata breaks the schema: ${prepared.schemaProblem}`);
  }
  const note =
    existing && existing.captureFile !== basename(file) ? `same capture as ${existing.captureFile}` : undefined;
  if (prepared.unchanged) return { file, status: 'unchanged', slug, ...(note ? { note } : {}) };
  const article = { slug, sha256, captureFile };
  if (options.dryRun) {
    store.remember(article);
  } else {
    try {
      store.write(article, prepared.output!.markdown, prepared.output!.capture);
    } catch (error) {
      return refused(file, `unexpected error while cleaning: ${(error as Error).message}`);
    }
  }
  return { file, status: 'written', slug, ...(note ? { note } : {}) };
}

const refused = (file: string, reason: string): Outcome => ({ file, status: 'refused', reason });
