import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import writeFileAtomic from 'write-file-atomic';

export interface StoredArticle {
  slug: string;
  sha256: string;
  captureFile: string;
}

// The rename already makes each file all-or-nothing; an fsync per file doubled a 1,000-capture run here, and a
// crash mid-run loses only files that the next run writes again.
const WRITE_OPTIONS: writeFileAtomic.Options = { fsync: false };

/** The sha256 recorded for an article whose frontmatter does not pass the schema. */
export const UNREADABLE = 'unreadable';

/** What already sits at a slug, for a message a person can act on. */
export function describeStored(article: StoredArticle): string {
  return article.sha256 === UNREADABLE
    ? 'an article whose frontmatter does not pass the schema'
    : `a different capture (${article.captureFile}, sha256 ${article.sha256.slice(0, 12)}…)`;
}

export const articlesDirOf = (root: string) => join(root, 'articles');
export const capturesDirOf = (root: string) => join(root, 'captures');
export const storedArticlePath = (root: string, slug: string) => join(articlesDirOf(root), `${slug}.md`);
export const storedCapturePath = (root: string, slug: string) => join(capturesDirOf(root), `${slug}.txt`);

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
 * what is stored already, so a capture is matched by its sha256 whatever its file is called.
 */
export class ArticleStore {
  private readonly bySha = new Map<string, StoredArticle>();
  private readonly bySlug = new Map<string, StoredArticle>();

  constructor(
    readonly root: string,
    stored: StoredArticle[],
  ) {
    for (const article of stored) {
      // An article we cannot read still owns its slug: a new capture must never overwrite it.
      if (article.sha256 === UNREADABLE) this.bySlug.set(article.slug, article);
      else this.remember(article);
    }
  }

  findBySha(sha256: string): StoredArticle | undefined {
    return this.bySha.get(sha256);
  }

  findBySlug(slug: string): StoredArticle | undefined {
    return this.bySlug.get(slug);
  }

  /** Every readable stored article by the sha256 of its capture. */
  shaIndex(): Map<string, StoredArticle> {
    return new Map(this.bySha);
  }

  articlePath(slug: string): string {
    return storedArticlePath(this.root, slug);
  }

  capturePath(slug: string): string {
    return storedCapturePath(this.root, slug);
  }

  /**
   * The capture goes first: an article file on disk always has its verbatim capture beside it. Each file is
   * written to a temporary file and renamed, so a reader sees the old file or the new one, never half of one.
   * No fsync: it made a 1,000-capture run take about twice as long, and a run cut short is simply run again.
   */
  write(article: StoredArticle, markdown: string, capture: Buffer): void {
    mkdirSync(capturesDirOf(this.root), { recursive: true });
    mkdirSync(articlesDirOf(this.root), { recursive: true });
    writeFileAtomic.sync(this.capturePath(article.slug), capture, WRITE_OPTIONS);
    writeFileAtomic.sync(this.articlePath(article.slug), markdown, WRITE_OPTIONS);
    this.remember(article);
  }

  remember(article: StoredArticle): void {
    this.bySha.set(article.sha256, article);
    this.bySlug.set(article.slug, article);
  }
}
