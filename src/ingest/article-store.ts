import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { articleSchema } from '../schemas/article';
import { readFrontmatter } from './article-file';

export interface StoredArticle {
  slug: string;
  sha256: string;
  captureFile: string;
}

/** What already sits at a slug, for a message a person can act on. */
export function describeStored(article: StoredArticle): string {
  return article.sha256 === UNREADABLE
    ? 'an article whose frontmatter does not pass the schema'
    : `a different capture (${article.captureFile}, sha256 ${article.sha256.slice(0, 12)}…)`;
}

const UNREADABLE = 'unreadable';

/** Where ingested articles and their verbatim captures live: `<root>/articles` and `<root>/captures`. */
export class ArticleStore {
  readonly articlesDir: string;
  readonly capturesDir: string;
  private readonly bySha = new Map<string, StoredArticle>();
  private readonly bySlug = new Map<string, StoredArticle>();

  private constructor(root: string) {
    this.articlesDir = join(root, 'articles');
    this.capturesDir = join(root, 'captures');
  }

  /** Indexes what is stored already, so a capture is matched by its sha256 whatever its file is called. */
  static async open(root: string): Promise<ArticleStore> {
    const store = new ArticleStore(root);
    const names = await readdir(store.articlesDir).catch(() => [] as string[]);
    for (const name of names.filter((file) => file.endsWith('.md')).sort()) {
      const slug = name.slice(0, -'.md'.length);
      const text = await readFile(join(store.articlesDir, name), 'utf8');
      const parsed = articleSchema.safeParse(safelyReadFrontmatter(text));
      if (parsed.success) {
        store.remember({ slug, sha256: parsed.data.capture.sha256, captureFile: parsed.data.capture.file });
      } else {
        // An article we cannot read still owns its slug: a new capture must never overwrite it.
        store.bySlug.set(slug, { slug, sha256: UNREADABLE, captureFile: name });
      }
    }
    return store;
  }

  findBySha(sha256: string): StoredArticle | undefined {
    return this.bySha.get(sha256);
  }

  findBySlug(slug: string): StoredArticle | undefined {
    return this.bySlug.get(slug);
  }

  /** True when the stored article and its capture already hold exactly these bytes. */
  async holds(slug: string, markdown: string, capture: Uint8Array): Promise<boolean> {
    const [storedArticle, storedCapture] = await Promise.all([
      readFile(this.articlePath(slug), 'utf8').catch(() => null),
      readFile(this.capturePath(slug)).catch(() => null),
    ]);
    return storedArticle === markdown && storedCapture !== null && Buffer.compare(storedCapture, capture) === 0;
  }

  articlePath(slug: string): string {
    return join(this.articlesDir, `${slug}.md`);
  }

  capturePath(slug: string): string {
    return join(this.capturesDir, `${slug}.txt`);
  }

  /** The capture goes first: an article file on disk always has its verbatim capture beside it. */
  async write(article: StoredArticle, markdown: string, capture: Uint8Array): Promise<void> {
    await writeAtomically(this.capturePath(article.slug), capture);
    await writeAtomically(this.articlePath(article.slug), markdown);
    this.remember(article);
  }

  remember(article: StoredArticle): void {
    this.bySha.set(article.sha256, article);
    this.bySlug.set(article.slug, article);
  }
}

function safelyReadFrontmatter(text: string): unknown {
  try {
    return readFrontmatter(text);
  } catch {
    return null;
  }
}

/** A temporary file beside the target, then a rename: readers see the old file or the new one, never half of one. */
async function writeAtomically(path: string, contents: string | Uint8Array): Promise<void> {
  const directory = join(path, '..');
  await mkdir(directory, { recursive: true });
  const temporary = join(directory, `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, contents);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
