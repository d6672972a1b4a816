import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import {
  ArticleStore,
  describeStored,
  listStoredArticles,
  StoreWriteError,
  UNREADABLE,
  type StoredArticle,
} from './article-store';
import { readStoredArticles, type PreparedPage } from './capture-job';
import { systemReason } from '../../shared/system-error';
import { acquireIngestLock, type LockOptions } from './ingest-lock';
import { prepareFile } from './read-capture-file';

export type Outcome =
  | { file: string; status: 'written' | 'unchanged'; slug: string; note?: string }
  | { file: string; status: 'duplicate'; slug: string; note: string }
  | { file: string; status: 'refused'; reason: string };

export interface IngestOptions {
  /** The folder holding `articles/` and `captures/`. */
  contentRoot: string;
  dryRun?: boolean;
  onProgress?: (done: number, total: number, outcome: Outcome) => void;
  /**
   * How a run that finds another holding the content folder's lock behaves: it waits (the default), or throws
   * IngestLockBusy. A dry run writes nothing and takes no lock.
   */
  lock?: LockOptions;
  /** Told of each temporary file a killed run left, as it is removed. */
  onLeftover?: (path: string) => void;
}

/** What a folder is searched for; a file named on the command line is read whatever its name. */
const CAPTURE_EXTENSIONS = /\.(?:txt|md|markdown|html?|xhtml|warc|warc\.gz|wacz)$/i;
/** How many numbered slugs a title may take before the ingest asks a person to look. */
const MAX_VERSIONS_PER_OUTLET = 99;

/** Expands folders to the capture files inside them (not recursive), in a stable order. */
export async function listCaptures(paths: string[]): Promise<{ files: string[]; missing: Outcome[] }> {
  const files: string[] = [];
  const missing: Outcome[] = [];
  for (const path of paths) {
    const info = await stat(path).catch((error: unknown) => systemReason(error));
    if (typeof info === 'string') {
      missing.push({ file: path, status: 'refused', reason: info });
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
 * depends on the rest of the run (a duplicate, a slug already taken, what to write) is made after, one page at a
 * time in file order.
 */
export async function ingestCaptures(paths: string[], options: IngestOptions): Promise<Outcome[]> {
  const { files, missing } = await listCaptures(paths);
  const outcomes: Outcome[] = [...missing];
  if (files.length === 0) return outcomes;

  const root = options.contentRoot;
  const dryRun = options.dryRun ?? false;
  // What is stored is read only once the lock is held: a run that waited sees what the run before it wrote.
  const lock = dryRun ? undefined : await acquireIngestLock(root, options.lock);
  try {
    const store = new ArticleStore(root, readStoredArticles(root, listStoredArticles(root)));
    if (!dryRun) for (const path of store.removeLeftovers()) options.onLeftover?.(path);
    await ingestFiles(files, store, options, outcomes);
  } finally {
    lock?.release();
  }
  return outcomes;
}

async function ingestFiles(files: string[], store: ArticleStore, options: IngestOptions, outcomes: Outcome[]) {
  const context = { contentRoot: store.root, storedByIdentity: store.identityIndex(), dryRun: options.dryRun ?? false };
  const seenThisRun = new Map<string, { label: string; outcome: Outcome }>();
  for (const [index, file] of files.entries()) {
    const prepared = await prepareFile(file, context);
    const fileOutcomes =
      prepared.kind === 'unreadable'
        ? [refused(file, prepared.reason)]
        : prepared.pages.map((page) => decide(page, store, seenThisRun, options));
    for (const outcome of fileOutcomes) {
      outcomes.push(outcome);
      options.onProgress?.(index + 1, files.length, outcome);
    }
  }
}

function decide(
  page: PreparedPage,
  store: ArticleStore,
  seenThisRun: Map<string, { label: string; outcome: Outcome }>,
  options: IngestOptions,
): Outcome {
  const earlier = seenThisRun.get(page.identity);
  if (earlier) {
    const { outcome } = earlier;
    if (outcome.status === 'refused') return refused(page.label, `${outcome.reason} (same bytes as ${earlier.label})`);
    return { file: page.label, status: 'duplicate', slug: outcome.slug, note: `same capture as ${earlier.label}` };
  }
  const outcome = decideNew(page, store, options);
  seenThisRun.set(page.identity, { label: page.label, outcome });
  return outcome;
}

function decideNew(page: PreparedPage, store: ArticleStore, options: IngestOptions): Outcome {
  const file = page.label;
  if (page.kind === 'refused') return refused(file, page.reason);
  const existing = store.findByIdentity(page.identity);
  if (!existing) {
    const samePage = store.findSamePage(page.samePage);
    if (samePage) return { file, status: 'unchanged', slug: samePage.slug, note: `same page as ${samePage.slug}` };
  }
  const slug = existing ? page.slug : freeSlug(page.slug, page.publisherSlug, store);
  if (slug === undefined) {
    const holder = store.findBySlug(page.slug)!;
    return refused(
      file,
      `its title gives the slug "${page.slug}", which ${relative('.', store.articlePath(page.slug))} already uses for ${describeStored(holder)}; nothing was overwritten`,
    );
  }
  if (page.schemaProblem !== undefined) {
    return refused(file, `the extracted metadata breaks the schema: ${page.schemaProblem}`);
  }
  const note =
    existing && existing.captureFile !== page.fileName ? `same capture as ${existing.captureFile}` : undefined;
  if (page.unchanged) return { file, status: 'unchanged', slug, ...(note ? { note } : {}) };
  const article: StoredArticle = {
    slug,
    identity: page.identity,
    captureFile: page.captureFile,
    samePage: page.samePage,
  };
  if (options.dryRun) {
    store.remember(article);
  } else {
    try {
      store.write(article, page.output!.markdown, page.output!.capture);
    } catch (error) {
      if (!(error instanceof StoreWriteError)) throw error;
      return refused(file, `${error.message}; nothing of this capture was kept`);
    }
  }
  return { file, status: 'written', slug, ...(note ? { note } : {}) };
}

/**
 * A second version of a piece (the original beside a republication, or a later capture) takes its outlet's name
 * after the title's slug, then a number; the first to arrive keeps the plain slug. An article whose frontmatter
 * cannot be read keeps its slug to itself: a person must look at it first.
 */
function freeSlug(slug: string, publisherSlug: string, store: ArticleStore): string | undefined {
  const holder = store.findBySlug(slug);
  if (!holder) return slug;
  if (holder.identity === UNREADABLE) return undefined;
  const withOutlet = slug.endsWith(`-${publisherSlug}`) ? slug : `${slug}-${publisherSlug}`;
  const candidates = [withOutlet];
  for (let number = 2; number <= MAX_VERSIONS_PER_OUTLET; number += 1) candidates.push(`${withOutlet}-${number}`);
  return candidates.find((candidate) => !store.findBySlug(candidate));
}

const refused = (file: string, reason: string): Outcome => ({ file, status: 'refused', reason });
