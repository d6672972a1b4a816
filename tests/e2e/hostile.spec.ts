import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';

// Beside the port the suite's own preview uses, so two checkouts running the suite at once do not share it.
const PORT = Number(process.env.E2E_PORT ?? 4329) + 10;
const BASE = `http://127.0.0.1:${PORT}`;
const HOSTILE_CAPTURE = resolve('tests/fixtures/hostile/hostile-capture.txt');
const PROJECT_FILES = ['src', 'public', 'content', 'astro.config.ts', 'tsconfig.json', 'package.json'];
const SITE_SCRIPT = /^\/_astro\/SiteScript\.astro_/;
const SURVIVING_TEXT = [
  'hostile-alpha',
  'hostile-beta',
  'hostile-gamma',
  'hostile-delta',
  'hostile-epsilon',
  'hostile-omega',
];

let workdir: string;
let server: ChildProcess | undefined;
let hostileSlug: string;

test.describe.configure({ mode: 'serial', timeout: 300_000 });

test.beforeAll(async () => {
  // A throwaway copy of the project, so the hostile capture never touches the real collection.
  workdir = mkdtempSync(join(tmpdir(), 'archive-hostile-'));
  for (const entry of PROJECT_FILES.filter((name) => existsSync(name)))
    cpSync(entry, join(workdir, entry), { recursive: true });
  symlinkSync(resolve('node_modules'), join(workdir, 'node_modules'), 'dir');
  const before = new Set(readdirSync(join(workdir, 'content/articles')));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  execFileSync('npx', ['tsx', 'src/features/ingest/cli.ts', HOSTILE_CAPTURE], { cwd: workdir, env, stdio: 'pipe' });
  const added = readdirSync(join(workdir, 'content/articles')).filter((name) => !before.has(name));
  expect(added).toHaveLength(1);
  hostileSlug = added[0]!.slice(0, -3);
  execFileSync('npx', ['astro', 'build'], { cwd: workdir, env, stdio: 'pipe' });
  server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: workdir,
    env,
    stdio: 'ignore',
    detached: true,
  });
  await waitForServer(BASE, 60_000);
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  if (workdir) rmSync(workdir, { recursive: true, force: true });
});

async function waitForServer(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`the preview server at ${url} did not start`);
}

test('a capture full of script runs nothing, and its text survives as text', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const pages = [
    `/articles/${hostileSlug}/`,
    '/',
    '/archive/',
    '/authors/',
    '/sources/',
    '/sources/example-outlet/',
    '/topics/',
  ];
  for (const path of pages) {
    await page.goto(`${BASE}${path}`);
    await page.waitForLoadState('load');
    const live = await page.evaluate(() => {
      const main = document.querySelector('main');
      const offenders: string[] = [];
      for (const element of main ? [main, ...main.querySelectorAll('*')] : []) {
        for (const attribute of element.getAttributeNames()) {
          const value = element.getAttribute(attribute) ?? '';
          if (attribute.startsWith('on')) offenders.push(`${element.tagName} ${attribute}`);
          if (/^\s*(?:javascript|data|vbscript):/i.test(value))
            offenders.push(`${element.tagName} ${attribute}=${value}`);
        }
        if (['SCRIPT', 'IFRAME', 'SVG', 'IMG', 'DETAILS', 'OBJECT', 'EMBED'].includes(element.tagName.toUpperCase())) {
          offenders.push(element.tagName);
        }
      }
      return {
        offenders,
        // JSON-LD is data the browser never runs; every other script counts.
        scripts: [...document.querySelectorAll('script:not([type="application/ld+json"])')].map(
          (script) => script.getAttribute('src') ?? 'inline',
        ),
      };
    });
    expect(live.offenders, path).toEqual([]);
    // The site's own small script is the only one, and it is a file, never inline.
    expect(live.scripts, path).toEqual([expect.stringMatching(SITE_SCRIPT)]);
  }

  await page.goto(`${BASE}/articles/${hostileSlug}/`);
  const text = await page.locator('main').innerText();
  for (const marker of SURVIVING_TEXT) expect(text).toContain(marker);
  expect(text).toContain(`<script>alert('body-script')</script>`);
  expect(text).toContain(`<img src=x onerror="alert('body-img')">`);
  await expect(page.locator('h1')).toHaveText(
    `Hostile <script>alert('title')</script> Capture <img src=x onerror="alert('title-img')"> Test`,
  );
  await page.getByText('click me').first().click();
  await page.getByText('Details').first().click();
  expect(dialogs).toEqual([]);
});

test('searching finds the hostile capture and shows its markup as text, running none of it', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(`${BASE}/search/?q=hostile`);
  const result = page.locator(`ol#search-results > li:has(a[href="/articles/${hostileSlug}/"])`);
  await expect(result).toHaveCount(1);
  await expect(result.locator('.result__title a')).toHaveText(
    `Hostile <script>alert('title')</script> Capture <img src=x onerror="alert('title-img')"> Test`,
  );
  await expect(page.locator('#search-status')).toContainText('match “hostile”');

  // Words next to the capture's markup: their snippets carry the markup as text, around highlighted matches.
  for (const query of ['body-script', 'body-img']) {
    await page.goto(`${BASE}/search/?q=${query}`);
    await expect(page.locator('ol#search-results > li')).toHaveCount(1);
    // Passages follow the titles once the page is idle.
    await expect(page.locator('ol#search-results .result__snippet').first()).toContainText(
      query === 'body-script' ? `<script>alert('body-script')</script>` : `<img src=x onerror="alert('body-img')">`,
    );
    const marks = await page.locator('ol#search-results mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
  }

  const live = await page.evaluate(() => {
    const main = document.querySelector('main')!;
    const offenders: string[] = [];
    for (const element of [main, ...main.querySelectorAll('*')]) {
      for (const attribute of element.getAttributeNames())
        if (attribute.startsWith('on')) offenders.push(`${element.tagName} ${attribute}`);
      if (['SCRIPT', 'IFRAME', 'IMG', 'OBJECT', 'EMBED'].includes(element.tagName.toUpperCase()))
        offenders.push(element.tagName);
    }
    return offenders;
  });
  expect(live).toEqual([]);
  expect(dialogs).toEqual([]);
});
