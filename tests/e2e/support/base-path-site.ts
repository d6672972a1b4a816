/**
 * Serves a copy of the site built to be published under a sub-path, as on a GitHub Pages project site
 * (`astro build --base /aleppo-archive/ --site https://example.org`), by a server that answers only under that
 * path: any address that escapes the base is a 404. Run by Playwright's web server:
 * `tsx tests/e2e/support/base-path-site.ts <port>`.
 */
import { spawnSync } from 'node:child_process';
import { cp, mkdir, readFile, rm, stat, symlink } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PUBLISHED_BASE, PUBLISHED_SITE } from './base-path';

const PROJECT = fileURLToPath(new URL('../../../', import.meta.url));
const COPIED = ['src', 'content', 'public', 'astro.config.ts', 'tsconfig.json', 'package.json'];
const port = Number(process.argv[2] ?? '4332');
const copy = join(tmpdir(), `archive-base-path-${port}`);
const dist = join(copy, 'dist');

await rm(copy, { recursive: true, force: true });
await mkdir(copy, { recursive: true });
for (const entry of COPIED) await cp(join(PROJECT, entry), join(copy, entry), { recursive: true });
await symlink(join(PROJECT, 'node_modules'), join(copy, 'node_modules'), 'dir');

const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const build = spawnSync('npx', ['astro', 'build', '--base', PUBLISHED_BASE, '--site', PUBLISHED_SITE], {
  cwd: copy,
  env,
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (build.status !== 0) throw new Error(`the base-path site did not build (exit ${build.status})`);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

async function fileFor(path: string): Promise<string | undefined> {
  const candidates = path.endsWith('/') ? [join(path, 'index.html')] : [path, join(path, 'index.html')];
  for (const candidate of candidates) {
    const file = normalize(join(dist, candidate));
    if (!file.startsWith(dist)) return undefined;
    if (
      await stat(file).then(
        (found) => found.isFile(),
        () => false,
      )
    )
      return file;
  }
  return undefined;
}

createServer(async (request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const path = decodeURIComponent(pathname);
  const file = path.startsWith(PUBLISHED_BASE) ? await fileFor(path.slice(PUBLISHED_BASE.length - 1)) : undefined;
  if (!file) {
    response.writeHead(404, { 'Content-Type': TYPES['.html']! });
    response.end(await readFile(join(dist, '404.html')));
    return;
  }
  response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
  response.end(await readFile(file));
}).listen(port, '127.0.0.1');
