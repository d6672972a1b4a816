import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { indexFiles, type BuiltIndex } from './build-index';
import type { SearchManifest } from './types';

/**
 * The search index once its files are on disk. A built index holds every article's postings and text; kept for the
 * length of a build, it was the largest part of what a 100,000-article build held while it generated every other
 * page. So its files are written out as soon as it is built, and only the manifest and the file list stay in memory.
 */
export interface WrittenIndex {
  manifest: SearchManifest;
  /** Where the files are, relative to the project root as the bulk files' copies are. */
  folder: string;
  /** Each file's path under /search/ as the client fetches it, such as "shards/0.json". */
  files: string[];
}

/** Writes every index file but the manifest (that is its own route) into `folder`, emptied first. */
export function writeIndex(index: BuiltIndex, folder: string): WrittenIndex {
  rmSync(folder, { recursive: true, force: true });
  const made = new Set<string>();
  const files: string[] = [];
  for (const { path, value } of indexFiles(index)) {
    const target = join(folder, path);
    const parent = dirname(target);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(target, JSON.stringify(value));
    files.push(path);
  }
  return { manifest: index.manifest, folder, files };
}

/**
 * Removes the folders under `root` that earlier builds left (each is named by its process id) when that process is
 * gone: a build removes its own when it exits, but not one that was killed.
 */
export function removeAbandonedIndexes(root: string, isRunning: (pid: number) => boolean = processIsRunning): void {
  let names: string[];
  try {
    names = readdirSync(root);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(name);
    if (Number.isInteger(pid) && pid > 0 && !isRunning(pid)) rmSync(join(root, name), { recursive: true, force: true });
  }
}

function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
