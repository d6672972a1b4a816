import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { site } from '../src/site.config';
import { mib, seconds } from './format';
import { createBareAstroProject, type BareAstroProject, type MarkdownProcessor } from './bare-astro';
import { chooseQueries, generateCorpus, writeCorpus, type SyntheticArticle } from './corpus';
import { rebuildAfterEdit, type IncrementalFigures } from './incremental';
import { launchBrowser, measureEngine, type EngineFigures, type EngineTarget } from './measure-search';
import { ourTypingDebounceMs, PAGEFIND_HARNESS_PATH, pagefindArgs, writePagefindHarness } from './pagefind-harness';
import { listingFigures } from './page-sizes';
import { measurePageWeight, typicalArticlePage, type PageWeight } from './page-weight';
import { createProjectCopy, PROJECT_ROOT } from './project-copy';
import { measureIngestFormats } from './ingest-formats';
import {
  consoleTables,
  evaluateIngestFormatTargets,
  evaluateNameFinding,
  evaluateTargets,
  writeReport,
  type RunReport,
  type SizeFigures,
} from './report';
import { buildFigures, evaluateScaleTargets, YARDSTICK_MAX_N, type BuildFigures } from './scale-report';
import { serveStatic, type StaticServer } from './serve';
import { crawlBuiltSite } from './site-crawl';
import { listHtmlPages, type SitePage } from './site-pages';
import { runTimed, StepFailed, type CommandFigures } from './timed-command';
import { DEFAULT_SEED, environment, OURS, QUERY_COUNTS, runId, slugsByCaptureFile } from './bench-setup';

const USAGE = `Usage: npm run bench -- [--sizes 1000,10000] [--seed N] [--smoke] [--pagefind-debounce MS] [--keep] [--out DIR] [--verbose]

Generates a synthetic corpus per size, ingests and builds it in a temporary copy of the project, builds the same
articles with a bare Astro project (Astro's default Markdown processor, then again with unified), rebuilds ours and
the default bare project after editing one article, indexes the site with Pagefind too, measures both searches and
the weight of three pages in Chromium, and sizes and walks the built pages.
Figures go to bench/results/ (smoke runs: bench/runs/).

  --sizes LIST   corpus sizes, comma-separated (default 1000,10000; --smoke: 200)
  --seed N       corpus seed (default 20161228)
  --smoke        check that the bench works: N=200 unless --sizes says otherwise, figures to bench/runs/
  --pagefind-debounce MS
                 how long the Pagefind page waits after a keystroke (default: our search page's own delay)
  --keep         keep the temporary project copies (their paths are printed)
  --out DIR      where to write the figures
  --verbose      show the ingest and build output`;

/** A smoke run checks that every step works, quickly: fewer queries, whose figures mean little anyway. */
const SMOKE_QUERY_COUNTS = { cold: 2, warm: 20, multiWord: 5, typos: 25 };

const PAGEFIND: EngineTarget = { id: 'pagefind', label: 'Pagefind', path: PAGEFIND_HARNESS_PATH, settle: 'data-query' };

/** Failures of the bench itself (not of a search target): these make the process exit non-zero. */
class HarnessError extends Error {}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      seed: { type: 'string', default: String(DEFAULT_SEED) },
      smoke: { type: 'boolean', default: false },
      'pagefind-debounce': { type: 'string' },
      keep: { type: 'boolean', default: false },
      out: { type: 'string' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const sizes = (values.sizes ?? (values.smoke ? '200' : '1000,10000')).split(',').map((size) => Number(size.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size < 20))
    throw new HarnessError(`--sizes: whole numbers of at least 20 expected\n\n${USAGE}`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new HarnessError(`--seed: a whole number expected\n\n${USAGE}`);
  const outDir = values.out ?? join(PROJECT_ROOT, 'bench', values.smoke ? 'runs' : 'results');
  const ourDebounce = ourTypingDebounceMs(PROJECT_ROOT);
  const pagefindDebounceMs =
    values['pagefind-debounce'] !== undefined ? Number(values['pagefind-debounce']) : (ourDebounce ?? 0);
  if (!Number.isInteger(pagefindDebounceMs) || pagefindDebounceMs < 0)
    throw new HarnessError(`--pagefind-debounce: milliseconds expected\n\n${USAGE}`);

  const startedAt = new Date();
  const report: RunReport = {
    runId: runId(startedAt, sizes),
    startedAt: startedAt.toISOString(),
    smoke: values.smoke,
    seed,
    corpus: `seed ${seed}; founding paragraphs recombined with their [text](#) links, the founding embedded post (handle, hashtag, bare address) in one article in five, the publisher's full footer (disclaimer, fair-use notice, media inquiries) on every capture; one unique marker word per article in its last paragraph; founding articles not included`,
    environment: {
      ...environment(),
      pagefindDebounce: `${pagefindDebounceMs} ms (${values['pagefind-debounce'] !== undefined ? '--pagefind-debounce' : ourDebounce !== null ? "our search page's TYPING_DEBOUNCE_MS" : 'our search page searches on every keystroke, so the harness does too'})`,
    },
    sizes: [],
    targets: [],
  };

  const browser = await launchBrowser();
  report.environment.chromium = browser.version();
  try {
    for (const n of sizes) {
      const size = await benchSize(n, seed, {
        keep: values.keep,
        verbose: values.verbose,
        browser,
        pagefindDebounceMs,
        queryCounts: values.smoke ? SMOKE_QUERY_COUNTS : QUERY_COUNTS,
      });
      report.sizes.push(size);
      report.targets.push(...evaluateTargets(size), ...evaluateNameFinding(size), ...evaluateScaleTargets(size));
    }
  } finally {
    await browser.close();
  }
  const formatCount = values.smoke ? 100 : 1000;
  console.error(`bench: ingesting ${formatCount} captures of each format`);
  report.ingestFormats = await measureIngestFormats(await generateCorpus(formatCount, seed), formatCount, seed);
  report.targets.push(...evaluateIngestFormatTargets(report.ingestFormats, values.smoke));

  console.log(`\n${consoleTables(report)}`);
  const written = await writeReport(report, outDir);
  console.log(`\nbench: figures written to ${written.json} and ${written.markdown}`);
  return 0;
}

async function benchSize(
  n: number,
  seed: number,
  options: {
    keep: boolean;
    verbose: boolean;
    browser: Awaited<ReturnType<typeof launchBrowser>>;
    pagefindDebounceMs: number;
    queryCounts: typeof QUERY_COUNTS;
  },
): Promise<SizeFigures> {
  const log = (message: string) => console.error(`bench N=${n}: ${message}`);
  log('generating the corpus');
  const corpus = await generateCorpus(n, seed);
  const queries = chooseQueries(corpus, options.queryCounts);
  const capturesDir = await mkdtemp(join(tmpdir(), `archive-bench-captures-${n}-`));
  const copy = await createProjectCopy(`n${n}`);
  try {
    await writeCorpus(corpus, capturesDir);
    log(`ingesting ${n} captures into ${copy.root}`);
    const step = { cwd: copy.root, echo: options.verbose };
    const ingest = await runTimed(
      'npm',
      ['run', '--silent', 'ingest', '--', '--quiet', '--content', copy.contentDir, capturesDir],
      { ...step, label: 'ingest' },
    );
    const slugs = await slugsByCaptureFile(join(copy.contentDir, 'articles'));
    if (slugs.size !== n) throw new HarnessError(`ingest produced ${slugs.size} articles from ${n} captures`);
    log('finding names (npm run entities)');
    const nameFinding = await runTimed('npm', ['run', '--silent', 'entities'], { ...step, label: 'entities' });
    const slugOf = (article: SyntheticArticle) => {
      const slug = slugs.get(article.file);
      if (!slug) throw new HarnessError(`no article was ingested from ${article.file}`);
      return slug;
    };

    log('building the site');
    const build = await runTimed('npm', ['run', '--silent', 'build'], { ...step, label: 'astro build' });
    // Sized and walked before anything else writes into dist (the Pagefind harness is a page too).
    const pages = await listHtmlPages(copy.distDir);
    log(`sizing ${pages.length} HTML pages and walking their links`);
    const listing = await listingFigures(pages);
    const crawl = await crawlBuiltSite(pages, site.url);

    const withYardstick = n <= YARDSTICK_MAX_N;
    const bareOptions = { n, articlesFrom: join(copy.contentDir, 'articles'), ...options, log };
    if (!withYardstick) log(`above ${YARDSTICK_MAX_N} articles: no bare Astro builds and no rebuild after an edit`);
    const bare = withYardstick
      ? await inBareAstroProject('default', bareOptions, async (project) => ({
          build: await buildBareAstro(project, bareOptions),
          incremental: await rebuildBareAstro(project, bareOptions),
        }))
      : null;
    // This one only shows what the unified processor costs, which its full build says; no rebuild, to save time.
    const bareUnifiedBuild = withYardstick
      ? await inBareAstroProject('unified', bareOptions, (project) => buildBareAstro(project, bareOptions))
      : null;

    log('indexing with Pagefind');
    const { figures: pagefindIndexing, unavailable: pagefindUnavailable } = await indexWithPagefind(n, step);
    if (pagefindUnavailable) log(`Pagefind is not measured: ${pagefindUnavailable}`);
    else await writePagefindHarness(copy.distDir, options.pagefindDebounceMs);

    // Our engine is measured once its page is built; until then the bench runs against Pagefind alone.
    const oursBuilt = existsSync(join(copy.distDir, 'search', 'index.html'));
    const targets = [...(oursBuilt ? [OURS] : []), ...(pagefindUnavailable ? [] : [PAGEFIND])];
    if (targets.length === 0) throw new HarnessError('neither search engine can be measured');
    const server = await serveStatic(copy.distDir);
    const engines: EngineFigures[] = [];
    let oursUnavailable = oursBuilt ? undefined : 'the build has no /search/ page yet';
    let pageWeight: PageWeight[];
    try {
      for (const engine of targets) {
        log(`measuring ${engine.label} in Chromium`);
        try {
          engines.push(
            await measureEngine(options.browser, engine, slugOf, { origin: server.origin, server, queries }),
          );
        } catch (error) {
          // Our page failing is a finding about our search; Pagefind failing means the bench itself is broken.
          if (engine.id === 'pagefind') throw error;
          oursUnavailable = `measuring failed: ${(error as Error).message.split('\n')[0]}`;
          log(oursUnavailable);
        }
      }
      log('weighing the home, an article and the search page as loaded');
      pageWeight = await weighPages(options.browser, server, pages);
    } finally {
      await server.close();
    }
    if (!pagefindUnavailable) checkBaseline(engines.find((engine) => engine.engine === 'pagefind'));
    // Sized now: the rebuild below empties dist.
    const indexOnDisk = {
      ours: oursBuilt ? await folderSize(join(copy.distDir, 'search')) : null,
      pagefind: pagefindUnavailable ? null : await folderSize(join(copy.distDir, 'pagefind')),
    };

    let incremental: IncrementalFigures | null = null;
    if (bare) {
      log('rebuilding after appending a word to one article');
      incremental = await rebuildAfterEdit({
        root: copy.root,
        articlesDir: join(copy.contentDir, 'articles'),
        pageFile: (slug) => join(copy.distDir, 'articles', slug, 'index.html'),
        label: 'incremental astro build',
        echo: options.verbose,
      });
    }

    return {
      n,
      corpusDigest: corpus.digest,
      ingest: { wallMs: ingest.wallMs, peakRssMiB: ingest.peakRssMiB, capturesPerSecond: n / (ingest.wallMs / 1000) },
      nameFinding: {
        wallMs: nameFinding.wallMs,
        peakRssMiB: nameFinding.peakRssMiB,
        articlesPerSecond: n / (nameFinding.wallMs / 1000),
      },
      build: buildFigures(build, pages.length),
      bareBuild: bare?.build ?? null,
      bareUnifiedBuild,
      incremental: bare && incremental ? { ours: incremental, bare: bare.incremental } : null,
      pageWeight,
      listing,
      crawl,
      pagefindIndexing: { wallMs: pagefindIndexing.wallMs, peakRssMiB: pagefindIndexing.peakRssMiB },
      indexOnDisk,
      engines,
      ...(oursUnavailable ? { oursUnavailable } : {}),
      ...(pagefindUnavailable ? { pagefindUnavailable } : {}),
    };
  } finally {
    await rm(capturesDir, { recursive: true, force: true });
    if (options.keep) log(`kept the project copy at ${copy.root}`);
    else await copy.remove();
  }
}

/**
 * Pagefind's index of the built articles. Up to YARDSTICK_MAX_N articles it must succeed: it is the yardstick that
 * proves the harness, so its failure breaks the run. Above that it may fail, as it does at 100,000 pages on this
 * machine (out of memory, exit 1): then the run measures our search alone and says why.
 */
async function indexWithPagefind(
  n: number,
  step: { cwd: string; echo: boolean },
): Promise<{ figures: CommandFigures; unavailable?: string }> {
  try {
    return { figures: await runTimed('npx', pagefindArgs(), { ...step, label: 'pagefind' }) };
  } catch (error) {
    if (!(error instanceof StepFailed) || n <= YARDSTICK_MAX_N) throw error;
    const { wallMs, peakRssMiB, output } = error.figures;
    const lastLine = output.trim().split('\n').at(-1) ?? '';
    return {
      figures: error.figures,
      unavailable: `Pagefind could not index ${n.toLocaleString('en-US')} articles: exit ${error.exitCode} after ${seconds(wallMs)} at ${mib(peakRssMiB)} peak RSS${lastLine ? `, its last line "${lastLine}"` : ''}`,
    };
  }
}

interface BareAstroOptions {
  n: number;
  articlesFrom: string;
  keep: boolean;
  verbose: boolean;
  log: (message: string) => void;
}

/** Runs `work` in a new bare Astro project with the given Markdown processor, then removes it (unless --keep). */
async function inBareAstroProject<T>(
  processor: MarkdownProcessor,
  options: BareAstroOptions,
  work: (project: BareAstroProject) => Promise<T>,
): Promise<T> {
  const project = await createBareAstroProject(`n${options.n}`, options.articlesFrom, processor);
  try {
    return await work(project);
  } finally {
    if (options.keep) options.log(`kept the bare Astro project (${processor} Markdown) at ${project.root}`);
    else await project.remove();
  }
}

/** The yardstick build: the same articles through a bare Astro project, built once from scratch. */
async function buildBareAstro(project: BareAstroProject, options: BareAstroOptions): Promise<BuildFigures> {
  const processor = project.processor;
  options.log(`building the same articles with a bare Astro project (${processor} Markdown) in ${project.root}`);
  const build = await runTimed('npm', ['run', '--silent', 'build'], {
    cwd: project.root,
    echo: options.verbose,
    label: `bare astro build (${processor} Markdown)`,
  });
  const pages = (await listHtmlPages(project.distDir)).length;
  // The yardstick must publish every article, or the ratio compares unlike work and the bench is broken.
  if (pages < options.n)
    throw new HarnessError(
      `the bare Astro build (${processor} Markdown) made ${pages} pages from ${options.n} articles`,
    );
  return buildFigures(build, pages);
}

async function rebuildBareAstro(project: BareAstroProject, options: BareAstroOptions): Promise<IncrementalFigures> {
  options.log(`rebuilding the bare project (${project.processor} Markdown) after appending a word to one article`);
  return rebuildAfterEdit({
    root: project.root,
    articlesDir: project.articlesDir,
    pageFile: project.pageFile,
    label: `bare incremental astro build (${project.processor} Markdown)`,
    echo: options.verbose,
  });
}

/** Home, the typical article and the search page (when built), each loaded once in a fresh profile. */
async function weighPages(
  browser: Awaited<ReturnType<typeof launchBrowser>>,
  server: StaticServer,
  pages: readonly SitePage[],
): Promise<PageWeight[]> {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const chosen = [
    { label: 'home', page: byPath.get('/') },
    { label: 'article', page: typicalArticlePage(pages) ?? undefined },
    { label: 'search', page: byPath.get('/search/') },
  ];
  const weights: PageWeight[] = [];
  for (const { label, page } of chosen) {
    if (page) weights.push(await measurePageWeight(browser, server, { label, path: page.path, file: page.file }));
  }
  return weights;
}

/**
 * Pagefind is the yardstick that proves the harness: every exact marker must be found. If it is not, the corpus,
 * the build, the server or the probe is broken, and no figure of this run can be trusted.
 */
function checkBaseline(pagefind: EngineFigures | undefined): void {
  if (!pagefind) throw new HarnessError('Pagefind was not measured');
  const coldMissed = pagefind.cold.runs.filter((run) => run.latencyMs === null).length;
  const warmMissed = pagefind.warm.markers.missed;
  if (coldMissed > 0 || warmMissed > Math.floor(pagefind.warm.markers.count / 10)) {
    throw new HarnessError(
      `Pagefind missed ${coldMissed} cold and ${warmMissed}/${pagefind.warm.markers.count} warm exact marker queries: the harness is not measuring what it should`,
    );
  }
}

async function folderSize(folder: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A HarnessError explains itself; anything else is a bug in the bench, and its stack says where.
    console.error(
      `bench: ${error instanceof HarnessError ? error.message : `the harness broke: ${(error as Error).stack ?? error}`}`,
    );
    process.exitCode = 1;
  },
);
