import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A throwaway copy of the project to ingest and build a synthetic corpus in. The site always reads ./content
 * (src/content.config.ts), so the bench never builds in the real checkout: its content/ and dist/ stay untouched,
 * and others can keep working there while a bench runs.
 */

export const PROJECT_ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** What a build needs. The real content/ is left out on purpose: the bench builds the synthetic articles alone. */
const COPIED = ['src', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json'];

/** Tool caches that Vite and Astro write inside node_modules; the copy gets its own so the checkout's stay clean. */
const NOT_LINKED = new Set(['.vite', '.astro', '.cache', '.vite-temp']);

export interface ProjectCopy {
  root: string;
  contentDir: string;
  distDir: string;
  remove(): Promise<void>;
}

export async function createProjectCopy(label: string): Promise<ProjectCopy> {
  const root = await mkdtemp(join(tmpdir(), `archive-bench-${label}-`));
  for (const entry of COPIED) {
    const from = join(PROJECT_ROOT, entry);
    if (!existsSync(from)) {
      // public/ may be empty, and git keeps no empty folder: a fresh clone can lack it.
      if (entry === 'public') continue;
      throw new Error(`project copy: ${entry} is missing from ${PROJECT_ROOT}`);
    }
    // Test files are not part of a build; leaving them out keeps the copy small.
    await cp(from, join(root, entry), { recursive: true, filter: (path) => !/\.test\.ts$/.test(path) });
  }
  await linkNodeModules(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
  const contentDir = join(root, 'content');
  await mkdir(join(contentDir, 'articles'), { recursive: true });
  await mkdir(join(contentDir, 'captures'), { recursive: true });
  // The reviewed people-and-places aliases are the site's, not the founding articles': a real collection keeps them.
  const aliases = join(PROJECT_ROOT, 'content', 'entities.yaml');
  if (existsSync(aliases)) await cp(aliases, join(contentDir, 'entities.yaml'));
  return {
    root,
    contentDir,
    distDir: join(root, 'dist'),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}

/**
 * A real node_modules folder whose entries are links into the checkout's. Linking the folder itself would send
 * the copy's Vite and Astro caches into the checkout's node_modules, where they could mix with other builds.
 */
export async function linkNodeModules(from: string, to: string): Promise<void> {
  if (!existsSync(from)) throw new Error('project copy: node_modules is missing; run npm install first');
  await mkdir(to);
  for (const name of await readdir(from)) {
    if (!NOT_LINKED.has(name)) await symlink(join(from, name), join(to, name));
  }
}
