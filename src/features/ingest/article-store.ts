import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import type { CaptureSource } from './capture-job';

export interface StoredArticle {
  slug: string;
  /** The capture's sha256, with the record's id for a page of a web archive (see captureIdentity). */
  identity: string;
  captureFile: string;
  /** Keys that another capture of the same page shares (see samePageKeys). */
  samePage: string[];
}

// The rename already makes each file all-or-nothing; an fsync per file doubled a 1,000-capture run here, and a
// crash mid-run loses only files that the next run writes again.
const WRITE_OPTIONS: writeFileAtomic.Options = { fsync: false };

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

/** The article files already stored under `<root>/articles`, in name order. */
export function listStoredArticles(root: string): string[] {
  let names: string[];
  try {
    names = readdirSync(articlesDirOf(root));
  } catch {
    return [];
  }
  return names.filter((name) => name.endsWith('.md')).sort();
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
   * The capture goes first: an article file on disk always has its verbatim capture beside it. Each file is
   * written to a temporary file and renamed, so a reader sees the old file or the new one, never half of one.
   * A web archive is copied once, by its stored name, which carries its checksum: a file there is the same archive.
   */
  write(article: StoredArticle, markdown: string, capture: CaptureSource): void {
    mkdirSync(capturesDirOf(this.root), { recursive: true });
    mkdirSync(articlesDirOf(this.root), { recursive: true });
    if (capture.kind === 'bytes') {
      writeFileAtomic.sync(storedCapturePath(this.root, article.slug), capture.bytes, WRITE_OPTIONS);
    } else {
      const target = storedCapturePath(this.root, article.slug, capture.stored);
      if (!existsSync(target)) copyAtomically(capture.path, target);
    }
    writeFileAtomic.sync(this.articlePath(article.slug), markdown, WRITE_OPTIONS);
    this.remember(article);
  }

  remember(article: StoredArticle): void {
    this.byIdentity.set(article.identity, article);
    this.bySlug.set(article.slug, article);
    for (const key of article.samePage) if (!this.bySamePage.has(key)) this.bySamePage.set(key, article);
  }
}

/** Copies a file, possibly large, without a reader ever seeing part of it. */
function copyAtomically(from: string, to: string): void {
  const temporary = `${to}.${process.pid}.tmp`;
  try {
    copyFileSync(from, temporary);
    renameSync(temporary, to);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
