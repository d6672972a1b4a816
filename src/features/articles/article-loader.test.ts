import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DataStore } from 'astro/loaders';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readRenderedBody } from '../markdown/rendered-bodies';
import { bodiesOnDisk, renderKey } from './article-loader';

type Entry = Parameters<DataStore['set']>[0];

/** Astro's store as the glob loader uses it: `set` ignores an entry whose digest it already has. */
function memoryStore(): DataStore & { raw: Map<string, Entry> } {
  const raw = new Map<string, Entry>();
  return {
    raw,
    get: (id) => raw.get(id) as never,
    entries: () => [...raw],
    values: () => [...raw.values()],
    keys: () => [...raw.keys()],
    set: (entry) => {
      if (raw.get(entry.id)?.digest === entry.digest) return false;
      raw.set(entry.id, entry);
      return true;
    },
    delete: (id) => void raw.delete(id),
    clear: () => raw.clear(),
    has: (id) => raw.has(id),
    addModuleImport: () => {},
  };
}

const RENDERED = {
  html: '<p id="p1">Kirby spoke.</p>',
  metadata: { headings: [{ depth: 2, slug: 'part', text: 'Part' }], frontmatter: { title: 'T', articleBlocks: [] } },
};

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'article-loader-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the articles store', () => {
  it('keeps metadata, and puts the rendered body on disk under the render key', () => {
    const store = memoryStore();
    const loaderStore = bodiesOnDisk(store, 'fp1', dir);
    loaderStore.set({ id: 'a', data: { title: 'T' }, body: '# Markdown', digest: 'd1', rendered: RENDERED });
    const stored = store.raw.get('a')!;
    expect(stored).toEqual({ id: 'a', data: { title: 'T' }, digest: renderKey('d1', 'fp1') });
    expect(readRenderedBody(String(stored.digest), dir)).toEqual(RENDERED);
  });

  it('shows the loader an entry as unchanged only when its body was rendered with the same inputs and is on disk', () => {
    const store = memoryStore();
    bodiesOnDisk(store, 'fp1', dir).set({ id: 'a', data: {}, digest: 'd1', rendered: RENDERED });
    expect(bodiesOnDisk(store, 'fp1', dir).get('a')?.digest).toBe('d1');
    // Another base or other names: rendered again.
    expect(bodiesOnDisk(store, 'fp2', dir).get('a')).toBeUndefined();
    rmSync(join(dir, `${renderKey('d1', 'fp1')}.html`));
    expect(bodiesOnDisk(store, 'fp1', dir).get('a')).toBeUndefined();
  });

  it('replaces an entry kept from a store that held bodies, though its digest is unchanged', () => {
    const store = memoryStore();
    store.set({ id: 'a', data: {}, body: 'old', digest: renderKey('d1', 'fp1'), rendered: RENDERED });
    bodiesOnDisk(store, 'fp1', dir).set({ id: 'a', data: {}, body: 'old', digest: 'd1', rendered: RENDERED });
    expect(store.raw.get('a')).toEqual({ id: 'a', data: {}, digest: renderKey('d1', 'fp1') });
  });

  it('refuses an entry the glob loader did not render', () => {
    expect(() => bodiesOnDisk(memoryStore(), 'fp1', dir).set({ id: 'a', data: {}, digest: 'd1' })).toThrow(
      /article a: the glob loader gave no rendered body/,
    );
  });
});
