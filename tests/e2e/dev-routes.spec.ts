import { spawn, type ChildProcess } from 'node:child_process';
import { globSync, readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

/**
 * A build writes the per-article files and the whole-collection data files in bulk (src/features/bulk-files/); the
 * dev server serves each from its own route instead. Both must give the same bytes, so each such file in dist/ is fetched from a dev server and
 * compared. The list comes from the build itself: every file those routes serve.
 */
const BULK_FILE_PATTERNS = [
  'articles/*/citation.*', // src/pages/articles/[slug]/citation.*.ts
  'captures/*.txt', // src/pages/captures/[slug].txt.ts
  'search/*/**/*.json', // src/pages/search/[...file].json.ts; the manifest has a route of its own in both
  'data/*', // src/pages/data/[name].*.ts: the whole-collection files, written a part at a time in a build
];

const DEV_PORT = Number(process.env.E2E_PORT ?? 4329) + 1;
const READY_WITHIN_MS = 90_000;

test.describe.configure({ timeout: 60_000 });

let server: ChildProcess | undefined;
let devUrl: string;

test.beforeAll(async () => {
  test.setTimeout(READY_WITHIN_MS + 10_000);
  // Its own process group, so stopping it stops the Vite process npx starts under it.
  server = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(DEV_PORT)], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Plain output, so the address it prints can be read.
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: undefined },
  });
  devUrl = await addressOnceReady(server);
});

test.afterAll(() => {
  if (server?.pid !== undefined && server.exitCode === null) process.kill(-server.pid, 'SIGTERM');
});

/** The address the dev server prints: when the port is taken it picks another, which must not be someone else's. */
function addressOnceReady(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`astro dev printed no address within ${READY_WITHIN_MS} ms:\n${output}`)),
      READY_WITHIN_MS,
    );
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const address = /https?:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (address) {
        clearTimeout(timer);
        resolve(address[0]);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`astro dev exited with ${code}:\n${output}`));
    });
  });
}

const builtFiles = (pattern: string) => globSync(pattern, { cwd: 'dist' }).sort();

test('the dev server serves every per-article file and every data file with the bytes the build wrote', async () => {
  const articles = builtFiles('articles/*/index.html').length;
  const [citations, captures, search, dataFolder] = BULK_FILE_PATTERNS.map(builtFiles);
  const data = dataFolder!.filter((file) => file !== 'data/index.html');
  expect(articles).toBeGreaterThan(0);
  expect(citations).toHaveLength(3 * articles);
  expect(captures).toHaveLength(articles);
  expect(search!.length).toBeGreaterThan(0);
  // Every file the /data/ page offers, beside the page itself.
  expect(data).toEqual(
    [
      'articles.csv',
      'articles.json',
      'articles.jsonl',
      'captures-sha256.txt',
      'citations.bib',
      'citations.json',
      'citations.ris',
    ].map((name) => `data/${name}`),
  );

  for (const file of [...citations!, ...captures!, ...search!, ...data]) {
    const response = await fetch(new URL(file, devUrl));
    const bytes = Buffer.from(await response.arrayBuffer());
    expect.soft(response.status, file).toBe(200);
    expect.soft(bytes.equals(readFileSync(`dist/${file}`)), `${file}: dev and build bytes differ`).toBe(true);
  }
});
