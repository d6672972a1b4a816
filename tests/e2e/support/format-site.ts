/**
 * Serves a copy of the project whose collection has grown by one capture of each format (tests/fixtures/formats/):
 * the browser tests of formats, versions and comparisons run against it, so the archive's own content/ never holds
 * made-up articles. Run by Playwright's web server: `tsx tests/e2e/support/format-site.ts <port>`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestCaptures } from '../../../src/features/ingest/ingest';
import { writeFormatCaptures } from '../../fixtures/format-captures';

const PROJECT = fileURLToPath(new URL('../../../', import.meta.url));
const COPIED = ['src', 'content', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json'];
const port = process.argv[2] ?? '4331';
const copy = join(tmpdir(), `archive-formats-${port}`);

await rm(copy, { recursive: true, force: true });
await mkdir(copy, { recursive: true });
for (const entry of COPIED) await cp(join(PROJECT, entry), join(copy, entry), { recursive: true });
await symlink(join(PROJECT, 'node_modules'), join(copy, 'node_modules'), 'dir');

const captures = await writeFormatCaptures(join(copy, 'inbox'));
const outcomes = await ingestCaptures(captures, { contentRoot: join(copy, 'content') });
const refused = outcomes.filter((outcome) => outcome.status !== 'written');
if (refused.length > 0) throw new Error(`format captures did not ingest: ${JSON.stringify(refused, null, 2)}`);

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const build = spawnSync('npx', ['astro', 'build'], { cwd: copy, env, stdio: ['ignore', 'ignore', 'inherit'] });
if (build.status !== 0) throw new Error(`the format site did not build (exit ${build.status})`);

const preview = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', port], {
  cwd: copy,
  env,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code) => process.exit(code ?? 0));
