import type { DataStore, Loader } from 'astro/loaders';
import { glob } from 'astro/loaders';
import { articlePipelineFingerprint } from '../../markdown.config';
import {
  RENDERED_BODIES_DIR,
  hasRenderedBody,
  pruneRenderedBodies,
  writeRenderedBody,
  type RenderedMetadata,
} from '../markdown/rendered-bodies';

/**
 * The articles collection: Astro's glob loader over content/articles/*.md, with each rendered body written to
 * disk (features/markdown/rendered-bodies.ts) instead of into the content store. The store then holds metadata
 * alone, a few kilobytes an article, which keeps the bundled store and the build's memory small however large
 * the collection grows.
 *
 * An entry's `digest` is its render key: the digest of its file, then the fingerprint of the pipeline's other
 * inputs. Its rendered body is read by that key (features/markdown/article-blocks.ts, the article page).
 */

export const ARTICLES_DIR = './content/articles';

/** Bodies rendered for other inputs (another base, older names) are kept this long, then removed. */
const OTHER_INPUTS_KEPT_MS = 7 * 24 * 60 * 60 * 1000;

export const renderKey = (fileDigest: string | number, fingerprint: string) => `${fileDigest}-${fingerprint}`;

export function articleLoader(): Loader {
  const files = glob({ pattern: '*.md', base: ARTICLES_DIR });
  return {
    name: 'archive-articles',
    load: async (context) => {
      const fingerprint = articlePipelineFingerprint(context.config.base);
      await files.load({ ...context, store: bodiesOnDisk(context.store, fingerprint) });
      // The dev server goes on loading file by file; tidying waits for the next full load.
      if (context.watcher) return;
      const now = Date.now();
      pruneRenderedBodies(
        new Set(context.store.values().map((entry) => String(entry.digest))),
        (key, modifiedMs) => key.endsWith(`-${fingerprint}`) || now - modifiedMs > OTHER_INPUTS_KEPT_MS,
      );
    },
  };
}

/**
 * The store as the glob loader sees it. The loader compares file digests: it is shown an entry's file digest
 * when the entry's body was rendered with these inputs and is on disk, and no entry otherwise, so that it
 * renders the article again. What it sets keeps its rendered body and its Markdown out of the store.
 */
export function bodiesOnDisk(store: DataStore, fingerprint: string, dir = RENDERED_BODIES_DIR): DataStore {
  const suffix = `-${fingerprint}`;
  return {
    ...store,
    get: <TData extends Record<string, unknown>>(id: string) => {
      const existing = store.get<TData>(id);
      const key = existing ? String(existing.digest) : '';
      if (!existing || !key.endsWith(suffix) || !hasRenderedBody(key, dir)) return undefined;
      return { ...existing, digest: key.slice(0, -suffix.length) };
    },
    set: (entry) => {
      const { body: _markdown, rendered, digest, ...metadata } = entry;
      if (digest === undefined || !rendered)
        throw new Error(`article ${entry.id}: the glob loader gave no rendered body`);
      const key = renderKey(digest, fingerprint);
      const { headings = [], frontmatter = {} } = rendered.metadata ?? {};
      writeRenderedBody(
        key,
        { html: rendered.html, metadata: { headings, frontmatter } satisfies RenderedMetadata },
        dir,
      );
      // The store skips an entry whose digest it already has, and one it kept from before may still hold a body.
      store.delete(entry.id);
      return store.set({ ...metadata, digest: key });
    },
  };
}
