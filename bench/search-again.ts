import { existsSync } from 'node:fs';
import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_SEED, environment, OURS, QUERY_COUNTS, runId, slugsByCaptureFile } from './bench-setup';
import { chooseQueries, generateCorpus, type SyntheticArticle } from './corpus';
import { kb, ms, percent } from './format';
import { launchBrowser, measureEngine } from './measure-search';
import { PROJECT_ROOT } from './project-copy';
import { serveStatic } from './serve';

const USAGE = `Usage: npm run bench:search-again -- --copy DIR [--seed N] [--out DIR]

Measures our search again on a project copy that \`npm run bench -- --keep\` kept and that has been built since
(for example after copying a changed src/ into it), with the queries the bench chose for that copy's corpus: the
100,000-article copy takes 80 minutes to make and 40 to build, and a search change needs only the build.
Figures go to bench/results/search-<run>.json.

  --copy DIR   the kept copy (its content/articles and dist/)
  --seed N     the corpus seed the copy was made with (default ${DEFAULT_SEED})
  --out DIR    where to write the figures`;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      copy: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || !values.copy) {
    console.log(USAGE);
    return values.help ? 0 : 1;
  }
  const copy = resolve(values.copy);
  const seed = Number(values.seed);
  const distDir = join(copy, 'dist');
  if (!existsSync(join(distDir, 'search', 'index.html'))) {
    console.error(`bench: ${distDir} has no built /search/ page`);
    return 1;
  }
  const slugs = await slugsByCaptureFile(join(copy, 'content', 'articles'));
  const n = slugs.size;
  const startedAt = new Date();
  const corpus = await generateCorpus(n, seed);
  const queries = chooseQueries(corpus, QUERY_COUNTS);
  const slugOf = (article: SyntheticArticle) => {
    const slug = slugs.get(article.file);
    if (!slug) throw new Error(`${copy} has no article from ${article.file}: was it made with seed ${seed}?`);
    return slug;
  };

  console.error(`bench: measuring our search on ${n} articles in ${copy}`);
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  let figures;
  try {
    figures = await measureEngine(browser, OURS, slugOf, { origin: server.origin, server, queries });
  } finally {
    await browser.close();
    await server.close();
  }

  const report = {
    runId: runId(startedAt, [n]),
    startedAt: startedAt.toISOString(),
    what: `our search measured again on a kept copy of ${n} articles (seed ${seed}), built at ${await builtAt(distDir)}`,
    environment: environment(),
    indexFiles: await countFiles(join(distDir, 'search')),
    engines: [figures],
  };
  const outDir = values.out ?? join(PROJECT_ROOT, 'bench', 'results');
  await mkdir(outDir, { recursive: true });
  const file = join(outDir, `search-${report.runId}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);

  const first = figures.cold.bytes;
  console.log(
    [
      `cold median ${ms(figures.cold.medianMs)}; first search ${kb(first?.total.gzip)} gzipped in ${first?.total.requests ?? '–'} requests (index ${kb(first?.index.gzip)}, code ${kb(first?.js.gzip)})`,
      `warm p50 ${ms(figures.warm.p50)}, p95 ${ms(figures.warm.p95)} (markers p95 ${ms(figures.warm.markers.p95)}, two words p95 ${ms(figures.warm.multiWord.p95)}); ${figures.warm.requestsPerQuery.toFixed(1)} fetches, ${kb(figures.warm.gzipBytesPerQuery)} a warm query`,
      `typo recall ${percent(figures.typoRecall.recall)} (${figures.typoRecall.found}/${figures.typoRecall.tried})`,
      `figures written to ${file}`,
    ].join('\n'),
  );
  return 0;
}

async function builtAt(distDir: string): Promise<string> {
  return (await stat(join(distDir, 'search', 'manifest.json'))).mtime.toISOString();
}

async function countFiles(folder: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) counts[entry.name] = (await readdir(join(folder, entry.name))).length;
  }
  return counts;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`bench: ${(error as Error).stack ?? String(error)}`);
    process.exitCode = 1;
  },
);
