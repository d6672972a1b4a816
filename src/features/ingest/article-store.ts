import {
  type Dirent,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { systemReason } from '../../shared/system-error';
import type { CaptureSource } from './capture-job';

export interface StoredArticle {
  slug: string;
  /** The capture's sha256, with the record's id for a page of a web archive (see captureIdentity). */
  identity: string;
  captureFile: string;
  /** Keys that another capture of the same page shares (see samePageKeys). */
  samePage: string[];
}

/** The identity recorded for an article whose frontmatter does not pass the schema. */
export const UNREADABLE = 'unreadable';

/** What already sits at a slug, for a message a person can act on. */
export function describeStored(article: StoredArticle): string {
  return article.identity === UNREADABLE
    ? 'an article whose frontmatter does not pass the schema'
    : `a different capture (${article.captureFile}, sha256 ${article.identity.slice(0, 12)}…)`;
}

export const articlesDirOf = (root: string) => join(root, 'articles');
export const capturesDirOf = (root: string) => join(root, 'captures');
export const storedArticlePath = (root: string, slug: string) => join(articlesDirOf(root), `${slug}.md`);
/** A one-page capture is stored under its article's slug; a web archive once, under its own stored name. */
export const storedCapturePath = (root: string, slug: string, stored?: string) =>
  join(capturesDirOf(root), stored ?? `${slug}.txt`);

/** The article files already stored under `<root>/articles`, in name order; a folder named like one is none. */
export function listStoredArticles(root: string): string[] {
  let entries: Dirent[];
  try {
    entries = readdirSync(articlesDirOf(root), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((entry) => entry.name.endsWith('.md') && !entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Where ingested articles and their verbatim captures live: `<root>/articles` and `<root>/captures`. It indexes
 * what is stored already, so a capture is matched by its identity whatever its file is called, and a page by what
 * says it is the same page.
 */
export class ArticleStore {
  private readonly byIdentity = new Map<string, StoredArticle>();
  private readonly bySlug = new Map<string, StoredArticle>();
  private readonly bySamePage = new Map<string, StoredArticle>();

  constructor(
    readonly root: string,
    stored: StoredArticle[],
  ) {
    for (const article of stored) {
      // An article we cannot read still owns its slug: a new capture must never overwrite it.
      if (article.identity === UNREADABLE) this.bySlug.set(article.slug, article);
      else this.remember(article);
    }
  }

  findByIdentity(identity: string): StoredArticle | undefined {
    return this.byIdentity.get(identity);
  }

  findBySlug(slug: string): StoredArticle | undefined {
    return this.bySlug.get(slug);
  }

  /** A stored article that holds the same page under another capture, by any of the page's keys. */
  findSamePage(keys: string[]): StoredArticle | undefined {
    for (const key of keys) {
      const found = this.bySamePage.get(key);
      if (found) return found;
    }
    return undefined;
  }

  /** Every readable stored article by the identity of its capture. */
  identityIndex(): Map<string, StoredArticle> {
    return new Map(this.byIdentity);
  }

  articlePath(slug: string): string {
    return storedArticlePath(this.root, slug);
  }

  /**
   * All or nothing: the capture and the article are each written in full to a temporary file beside their target,
   * then renamed into place, the capture first, so an article file on disk always has its verbatim capture beside
   * it. On any failure both temporary files go, and so does a capture this write had already put in place. A web
   * archive is copied once, by its stored name, which carries its checksum: a file there is the same archive.
   */
  write(article: StoredArticle, markdown: string, capture: CaptureSource): void {
    const staged: Staged[] = [];
    const placed: string[] = [];
    let target = capturesDirOf(this.root);
    try {
      mkdirSync(target, { recursive: true });
      target = articlesDirOf(this.root);
      mkdirSync(target, { recursive: true });
      if (capture.kind === 'bytes') {
        target = storedCapturePath(this.root, article.slug);
        staged.push(stage(target, (temporary) => writeFileSync(temporary, capture.bytes)));
      } else {
        target = storedCapturePath(this.root, article.slug, capture.stored);
        if (!existsSync(target)) staged.push(stage(target, (temporary) => copyFileSync(capture.path, temporary)));
      }
      target = this.articlePath(article.slug);
      staged.push(stage(target, (temporary) => writeFileSync(temporary, markdown)));
      for (const file of staged) {
        target = file.target;
        const existed = existsSync(file.target);
        renameSync(file.temporary, file.target);
        if (!existed) placed.push(file.target);
      }
    } catch (error) {
      for (const file of staged) rmSync(file.temporary, { force: true });
      for (const path of placed) rmSync(path, { force: true });
      throw new StoreWriteError(target, error);
    }
    this.remember(article);
  }

  /**
   * Removes the temporary files that a run killed part-way left behind. Only the run holding the ingest lock calls
   * this, so no other run is writing them.
   */
  removeLeftovers(): string[] {
    const removed: string[] = [];
    for (const folder of [articlesDirOf(this.root), capturesDirOf(this.root)]) {
      let names: string[];
      try {
        names = readdirSync(folder);
      } catch {
        continue;
      }
      for (const name of names.filter(isLeftover)) {
        rmSync(join(folder, name), { force: true });
        removed.push(join(folder, name));
      }
    }
    return removed;
  }

  remember(article: StoredArticle): void {
    this.byIdentity.set(article.identity, article);
    this.bySlug.set(article.slug, article);
    for (const key of article.samePage) if (!this.bySamePage.has(key)) this.bySamePage.set(key, article);
  }
}

/**
 * A file written in full under a temporary name, waiting to be renamed onto its target. There is no fsync: it
 * doubled a 1,000-capture run, and a crash mid-run loses only files that the next run writes again.
 */
interface Staged {
  target: string;
  temporary: string;
}

let stagedCount = 0;

/**
 * The temporary name sits in the target's folder, so the rename never crosses file systems, and starts with a dot
 * so nothing lists it as an article or a capture; it is not ignored by git, so a leftover shows in `git status`.
 */
function temporaryPathOf(target: string): string {
  stagedCount += 1;
  return join(dirname(target), `.${basename(target)}.${process.pid}-${stagedCount}.ingest-partial`);
}

/** Ours, and those of the writers before it: write-file-atomic's "<name>.<number>" and the copy's "<name>.<pid>.tmp". */
const LEFTOVER = [
  /^\..+\.\d+-\d+\.ingest-partial$/,
  /^[^.].*\.(?:md|txt)\.\d+$/,
  /^[^.].*\.(?:warc|warc\.gz|wacz)\.\d+\.tmp$/,
];
const isLeftover = (name: string) => LEFTOVER.some((pattern) => pattern.test(name));

function stage(target: string, write: (temporary: string) => void): Staged {
  const temporary = temporaryPathOf(target);
  try {
    write(temporary);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  return { target, temporary };
}

/** A write into the content folder failed: names the file and the system's reason. */
export class StoreWriteError extends Error {
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    super(`cannot write ${shownPath(path)}: ${systemReason(cause)}`, { cause });
    this.name = 'StoreWriteError';
  }
}

/** A path inside the working folder as a relative one (content/articles/x.md), any other as it is. */
function shownPath(path: string): string {
  const shown = relative('.', path);
  return shown.startsWith('..') || isAbsolute(shown) ? path : shown;
}
