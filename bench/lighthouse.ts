import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  CATEGORIES,
  commonestSlugWord,
  consoleReport,
  markdown,
  readRun,
  runId,
  summarisePage,
  type LighthouseReport,
  type LighthouseResult,
  type PageRun,
  type PageSummary,
} from './lighthouse-report';
import { PROJECT_ROOT } from './project-copy';
import { serveStatic } from './serve';

/** Pinned so a new major's rescored audits never move the figures unannounced. */
const LIGHTHOUSE_MAJOR = 13;
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const LIGHTHOUSE_TIMEOUT_MS = 5 * 60_000;

const USAGE = `Usage: npm run lighthouse -- [--no-build] [--runs N] [--query WORDS] [--out DIR]

Builds the site, serves dist/ on 127.0.0.1 with gzip, and scores the home page, the first article and a search
results page with Lighthouse (performance, accessibility, best practices, SEO). Prints the scores and the audits
that kept any category under 100; figures go to bench/results/lighthouse-<run id>.json and lighthouse-latest.md.

  --no-build     score the dist/ already built
  --runs N       run Lighthouse N times per page and report the median (default 1)
  --query WORDS  what the search page searches for (default: the word in the most article slugs)
  --out DIR      where to write the figures (default bench/results)

Lighthouse comes from npx (lighthouse@${LIGHTHOUSE_MAJOR}), never a devDependency. Chrome is /usr/bin/chromium when
it exists, otherwise CHROME_PATH or wherever Lighthouse finds Chrome.`;

/** Lighthouse or the build could not run: no figure to report, so the process fails. */
class HarnessError extends Error {}

interface Page {
  label: string;
  path: string;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      runs: { type: 'string', default: '1' },
      query: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new HarnessError(`--runs: a whole number of at least 1 expected\n\n${USAGE}`);
  const outDir = values.out ?? join(PROJECT_ROOT, 'bench', 'results');
  const distDir = join(PROJECT_ROOT, 'dist');

  if (!values['no-build']) {
    console.error('lighthouse: building the site');
    await run('npm', ['run', '--silent', 'build'], { label: 'npm run build' });
  }
  if (!existsSync(join(distDir, 'index.html')))
    throw new HarnessError('dist/index.html is missing: build the site, or leave out --no-build');

  const slugs = await articleSlugs(join(distDir, 'articles'));
  const query = values.query ?? commonestSlugWord(slugs);
  const pages: Page[] = [
    { label: 'home', path: '/' },
    ...(slugs[0] ? [{ label: 'article', path: `/articles/${slugs[0]}/` }] : []),
    ...(query ? [{ label: 'search', path: `/search/?q=${encodeURIComponent(query)}` }] : []),
  ];

  const chromePath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : process.env.CHROME_PATH;
  const startedAt = new Date();
  const loadAverageAtStart = loadavg()[0]!.toFixed(2);
  const server = await serveStatic(distDir, { gzip: true });
  const scratch = await mkdtemp(join(tmpdir(), 'archive-lighthouse-'));
  const summaries: PageSummary[] = [];
  let sample: LighthouseResult | undefined;
  try {
    for (const page of pages) {
      const pageRuns: PageRun[] = [];
      for (let attempt = 1; attempt <= runs; attempt += 1) {
        console.error(`lighthouse: ${page.label} ${page.path}${runs > 1 ? ` (run ${attempt} of ${runs})` : ''}`);
        const result = await lighthouse(`${server.origin}${page.path}`, join(scratch, 'result.json'), chromePath);
        if (result.runtimeError)
          throw new HarnessError(`Lighthouse could not score ${page.path}: ${result.runtimeError.message}`);
        pageRuns.push(readRun(result));
        sample ??= result;
      }
      summaries.push(summarisePage(page.label, page.path, pageRuns));
    }
  } finally {
    await server.close();
    await rm(scratch, { recursive: true, force: true });
  }

  const report: LighthouseReport = {
    runId: runId(startedAt),
    startedAt: startedAt.toISOString(),
    lighthouseVersion: sample?.lighthouseVersion ?? 'unknown',
    runsPerPage: runs,
    settings: `${sample?.configSettings?.formFactor ?? 'mobile'} emulation, ${sample?.configSettings?.throttlingMethod ?? 'simulate'} throttling; served from 127.0.0.1 with gzip`,
    environment: {
      chrome: sample?.environment?.hostUserAgent ?? 'unknown',
      chromePath: chromePath ?? "Lighthouse's own choice",
      // Lighthouse's CPU benchmark of this machine; the performance score is sensitive to it.
      benchmarkIndex: sample?.environment?.benchmarkIndex ?? 'unknown',
      node: process.version,
      cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'unknown'}`,
      // Other work on the machine skews the performance score; a high figure here means a noisy run.
      loadAverageAtStart,
    },
    pages: summaries,
  };
  console.log(`\n${consoleReport(report)}`);
  await mkdir(outDir, { recursive: true });
  const json = join(outDir, `lighthouse-${report.runId}.json`);
  const md = join(outDir, 'lighthouse-latest.md');
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(md, markdown(report));
  console.log(`lighthouse: figures written to ${json} and ${md}`);
  return 0;
}

/** Article slugs as built, sorted by name, so the page scored is the same on every run of the same content. */
async function articleSlugs(articlesDir: string): Promise<string[]> {
  const entries = await readdir(articlesDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isDirectory() && existsSync(join(articlesDir, entry.name, 'index.html')))
    .map((entry) => entry.name)
    .sort();
}

async function lighthouse(url: string, outputPath: string, chromePath: string | undefined): Promise<LighthouseResult> {
  await rm(outputPath, { force: true });
  await run(
    'npx',
    [
      '--yes',
      `lighthouse@${LIGHTHOUSE_MAJOR}`,
      url,
      '--output=json',
      `--output-path=${outputPath}`,
      '--quiet',
      '--chrome-flags=--headless=new --no-sandbox',
      `--only-categories=${CATEGORIES.join(',')}`,
    ],
    {
      label: `lighthouse ${url}`,
      env: chromePath ? { CHROME_PATH: chromePath } : {},
      quiet: true,
      timeoutMs: LIGHTHOUSE_TIMEOUT_MS,
    },
  );
  const text = await readFile(outputPath, 'utf8').catch(() => {
    throw new HarnessError(`lighthouse wrote no result for ${url}`);
  });
  return JSON.parse(text) as LighthouseResult;
}

/** Runs a command from the project root; its output goes to stderr (or, when quiet, only into a failure message). */
function run(
  command: string,
  args: string[],
  options: { label: string; env?: NodeJS.ProcessEnv; quiet?: boolean; timeoutMs?: number },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: PROJECT_ROOT,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', options.quiet ? 'pipe' : process.stderr, options.quiet ? 'pipe' : process.stderr],
      ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
    });
    let output = '';
    const keep = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4000));
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.once('error', (error) => reject(new HarnessError(`${options.label} could not start: ${error.message}`)));
    child.once('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new HarnessError(`${options.label} failed (${signal ?? `exit ${code}`})\n${output}`));
    });
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof HarnessError ? `lighthouse: ${error.message}` : error);
    process.exit(1);
  },
);
