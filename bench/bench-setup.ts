import { execFileSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { cpus, loadavg, totalmem } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EngineTarget } from './measure-search';
import { PROJECT_ROOT } from './project-copy';

// What the bench (run.ts) and a search re-measurement of a kept copy (search-again.ts) share.

export const DEFAULT_SEED = 20161228;
export const QUERY_COUNTS = { cold: 3, warm: 50, multiWord: 10, typos: 100 };

export const OURS: EngineTarget = { id: 'ours', label: 'ours', path: '/search/', settle: 'quiet' };

/** Which article each capture became: ingest records the capture's file name in the frontmatter. */
export async function slugsByCaptureFile(articlesDir: string): Promise<Map<string, string>> {
  const slugs = new Map<string, string>();
  for (const name of await readdir(articlesDir)) {
    if (!name.endsWith('.md')) continue;
    const text = await readFile(join(articlesDir, name), 'utf8');
    const file = /^capture:\n\s+file:\s*['"]?([^'"\n]+?)['"]?\s*$/m.exec(text)?.[1];
    if (file) slugs.set(file, name.slice(0, -'.md'.length));
  }
  return slugs;
}

function astroVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', 'astro', 'package.json'), 'utf8'));
    return String(manifest.version);
  } catch {
    return 'unknown';
  }
}

export function runId(date: Date, sizes: number[]): string {
  return `${date.toISOString().slice(0, 16).replace(/:/g, '')}Z-n${sizes.join('-')}`;
}

export function environment(): Record<string, string | number> {
  const git = (args: string[]) => {
    try {
      return execFileSync('git', args, {
        cwd: PROJECT_ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      return '';
    }
  };
  return {
    node: process.version,
    astro: astroVersion(),
    platform: `${process.platform} ${process.arch}`,
    cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    // Other work on the machine skews every timing; a high figure here means a noisy run.
    loadAverageAtStart: loadavg()[0]!.toFixed(2),
    peakRss:
      existsSync('/usr/bin/time') && process.env.BENCH_RSS !== 'probe' ? 'GNU time -v' : 'per-process Node probe',
    commit: `${git(['rev-parse', '--short', 'HEAD']) || 'unknown'}${git(['status', '--porcelain']) ? ' (uncommitted changes)' : ''}`,
  };
}
