import {
  closeSync,
  copyFileSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BULK_FILES_FOLDER, decodeBulkFiles } from './bulk-files';

/** Unpacks the chunks that src/pages/bulk-files/ rendered into the files they hold (see src/lib/bulk-files.ts). */
export default function bulkFiles(): AstroIntegration {
  return {
    name: 'archive:bulk-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const written = unpackBulkFiles(fileURLToPath(dir), process.cwd());
        if (written > 0) logger.info(`${written} files unpacked in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}

/**
 * Writes every file of every chunk under `outDir`, copies taken from `projectRoot`, then removes the chunks. Sync
 * calls on purpose: a file costs a tenth of what the awaited calls cost, and the build has nothing else to do.
 */
export function unpackBulkFiles(outDir: string, projectRoot: string): number {
  const chunkDir = join(outDir, BULK_FILES_FOLDER);
  let chunkNames: string[];
  try {
    chunkNames = readdirSync(chunkDir).filter((name) => name.endsWith('.ndjson'));
  } catch {
    return 0;
  }
  const made = new Set<string>();
  let written = 0;
  // The text file the last entry wrote, still open, in case the next entry continues it.
  let open: { path: string; fd: number } | null = null;
  const close = () => {
    if (open) closeSync(open.fd);
    open = null;
  };
  try {
    for (const name of chunkNames.sort()) {
      const where = join(chunkDir, name);
      for (const file of decodeBulkFiles(readFileSync(where, 'utf8'), where)) {
        if ('continues' in file) {
          if (open?.path !== file.path)
            throw new Error(`${where}: ${file.path} continues a file the entry before it did not write`);
          writeFileSync(open.fd, file.text);
          continue;
        }
        close();
        const target = join(outDir, file.path);
        const folder = dirname(target);
        if (!made.has(folder)) {
          mkdirSync(folder, { recursive: true });
          made.add(folder);
        }
        if ('copyOf' in file) copyFileSync(join(projectRoot, file.copyOf), target);
        else {
          open = { path: file.path, fd: openSync(target, 'w') };
          writeFileSync(open.fd, file.text);
        }
        written += 1;
      }
    }
  } finally {
    close();
  }
  rmSync(chunkDir, { recursive: true, force: true });
  return written;
}
