import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import type { QuerySet, SyntheticArticle } from './corpus';
import type { ServedResponse, StaticServer } from './serve';

/**
 * Drives one search page in Chromium through the shared DOM contract and measures it: cold latency, warm latency,
 * what the first search downloads, and typo recall. Times are taken inside the page (keydown event time to the
 * DOM change that shows the expected article), so Playwright's round trips do not count.
 */

export interface EngineTarget {
  id: 'ours' | 'pagefind';
  label: string;
  /** The search page's path on the served site. */
  path: string;
  /**
   * How to tell a finished search that found nothing from one still running. 'data-query': the page stamps
   * #search-results with the query it rendered (the Pagefind harness does). 'quiet': the results and status have
   * stopped changing for a while (any page).
   */
  settle: 'data-query' | 'quiet';
}

export interface LatencyStats {
  count: number;
  /** Queries whose article never showed in the top ten within the time limit. */
  missed: number;
  p50: number | null;
  p95: number | null;
  max: number | null;
}

export interface ByteCounts {
  raw: number;
  gzip: number;
  requests: number;
}

export interface FirstSearchBytes {
  /** JavaScript and WebAssembly: the code that runs the search. */
  js: ByteCounts;
  /** Index data: /search/ files for ours, Pagefind's entry, metadata, index and fragment files. */
  index: ByteCounts;
  /** Anything else fetched before the first result showed (favicon, fonts, images). */
  other: ByteCounts;
  total: ByteCounts;
  /** Each counted response, for checking by hand. */
  responses: { url: string; category: 'js' | 'index' | 'other'; rawBytes: number; gzipBytes: number }[];
}

export interface ColdRun {
  query: string;
  latencyMs: number | null;
  bytes: FirstSearchBytes;
}

export interface EngineFigures {
  engine: EngineTarget['id'];
  label: string;
  cold: { runs: ColdRun[]; medianMs: number | null; bytes: FirstSearchBytes | null };
  warm: LatencyStats & {
    markers: LatencyStats;
    multiWord: LatencyStats;
    /** Mean fetches per warm query, and their gzip bytes: what a search costs once the page is warm. */
    requestsPerQuery: number;
    gzipBytesPerQuery: number;
    /** The slowest warm queries (misses first), with what each fetched: where the tail comes from. */
    slowest: WarmQuery[];
  };
  typoRecall: {
    tried: number;
    found: number;
    recall: number;
    byKind: Record<string, { tried: number; found: number }>;
    misses: string[];
  };
}

export interface WarmQuery {
  query: string;
  ms: number | null;
  /** Paths fetched between the first keystroke and the result. */
  fetched: string[];
}

export interface MeasureOptions {
  origin: string;
  server: StaticServer;
  queries: QuerySet;
  /** Milliseconds a latency query may take before it counts as missed. */
  timeoutMs?: number;
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
/**
 * Plain browser JavaScript, kept in its own file: tsx's transform would add helpers to a TypeScript function that
 * do not exist once Playwright serialises it into the page.
 */
const PAGE_PROBE = readFileSync(new URL('./page-probe.js', import.meta.url), 'utf8');

export async function launchBrowser(): Promise<Browser> {
  // Playwright cannot download its own browser on these machines; Debian's Chromium is used where installed.
  return chromium.launch(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {});
}

export function articlePath(slug: string): string {
  return `/articles/${slug}/`;
}

export async function measureEngine(
  browser: Browser,
  engine: EngineTarget,
  slugOf: (article: SyntheticArticle) => string,
  options: MeasureOptions,
): Promise<EngineFigures> {
  const timeoutMs = options.timeoutMs ?? 15_000;
  const url = options.origin + engine.path;

  const runs: ColdRun[] = [];
  for (const article of options.queries.cold) {
    await withPage(browser, async (page) => {
      options.server.clearLog();
      await page.goto(url, { waitUntil: 'load' });
      await page.focus('#search-input');
      const outcome = await search(page, article.marker, articlePath(slugOf(article)), { timeoutMs, settle: null });
      runs.push({
        query: article.marker,
        latencyMs: outcome.ms,
        bytes: firstSearchBytes(options.server.log, engine.path),
      });
    });
  }

  // A page that finds none of the cold queries would spend minutes timing out on the rest: report it instead.
  if (runs.length > 0 && runs.every((run) => run.latencyMs === null)) {
    throw new Error(`${engine.label} showed none of the ${runs.length} cold queries' articles within ${timeoutMs} ms`);
  }

  return withPage(browser, async (page) => {
    await page.goto(url, { waitUntil: 'load' });
    await page.focus('#search-input');
    // The warm figures start after one search has loaded whatever the engine loads lazily.
    const first = options.queries.cold[0] ?? options.queries.warm[0]!;
    await search(page, first.marker, articlePath(slugOf(first)), { timeoutMs, settle: null });

    let warmRequests = 0;
    let warmGzipBytes = 0;
    const warmQueries: WarmQuery[] = [];
    const warmSearch = async (query: string, article: SyntheticArticle) => {
      options.server.clearLog();
      const outcome = await search(page, query, articlePath(slugOf(article)), { timeoutMs, settle: null });
      warmRequests += options.server.log.length;
      warmGzipBytes += options.server.log.reduce((sum, response) => sum + response.gzipBytes, 0);
      warmQueries.push({
        query,
        ms: outcome.ms,
        fetched: options.server.log.map((response) => new URL(response.url, 'http://localhost').pathname),
      });
      return outcome.ms;
    };
    const markerTimes: (number | null)[] = [];
    for (const article of options.queries.warm) markerTimes.push(await warmSearch(article.marker, article));
    const multiTimes: (number | null)[] = [];
    for (const article of options.queries.multiWord)
      multiTimes.push(await warmSearch(`${article.companionWord} ${article.marker}`, article));
    const warmCount = Math.max(1, markerTimes.length + multiTimes.length);

    const byKind: Record<string, { tried: number; found: number }> = {};
    const misses: string[] = [];
    let found = 0;
    for (const { article, typo, kind } of options.queries.typos) {
      const outcome = await search(page, typo, articlePath(slugOf(article)), {
        timeoutMs: 5_000,
        settle: engine.settle,
      });
      const tally = (byKind[kind] ??= { tried: 0, found: 0 });
      tally.tried += 1;
      if (outcome.rank >= 0) {
        found += 1;
        tally.found += 1;
      } else {
        misses.push(`${typo} (${kind} of ${article.marker})`);
      }
    }

    const medianRun = [...runs].sort((a, b) => (a.latencyMs ?? Infinity) - (b.latencyMs ?? Infinity))[
      Math.floor(runs.length / 2)
    ];
    const tried = options.queries.typos.length;
    return {
      engine: engine.id,
      label: engine.label,
      cold: { runs, medianMs: medianRun?.latencyMs ?? null, bytes: medianRun?.bytes ?? null },
      warm: {
        ...stats([...markerTimes, ...multiTimes]),
        markers: stats(markerTimes),
        multiWord: stats(multiTimes),
        requestsPerQuery: warmRequests / warmCount,
        gzipBytesPerQuery: warmGzipBytes / warmCount,
        slowest: warmQueries.sort((a, b) => (b.ms ?? Infinity) - (a.ms ?? Infinity)).slice(0, 8),
      },
      typoRecall: { tried, found, recall: tried === 0 ? 0 : found / tried, byKind, misses },
    };
  });
}

async function withPage<T>(browser: Browser, use: (page: Page) => Promise<T>): Promise<T> {
  // A new context is a new profile: empty HTTP cache, no service workers, nothing left from the last run.
  const context: BrowserContext = await browser.newContext();
  await context.addInitScript({ content: PAGE_PROBE });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  try {
    return await use(page);
  } catch (error) {
    const pageErrors = errors.length > 0 ? `\npage errors: ${errors.join(' | ')}` : '';
    throw new Error(`${(error as Error).message}${pageErrors}`, { cause: error });
  } finally {
    await context.close();
  }
}

interface SearchOutcome {
  /** Keystroke-to-result time, or null when the article did not show in time (or only without a fresh render). */
  ms: number | null;
  /** The article's place in the top ten (0-based), or -1. */
  rank: number;
}

/** Clears the box, types the query key by key, and waits for the article (or, for recall, for the page to settle). */
async function search(
  page: Page,
  query: string,
  expectedPath: string,
  options: { timeoutMs: number; settle: EngineTarget['settle'] | null },
): Promise<SearchOutcome> {
  await page.fill('#search-input', '');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 30)));
  await page.evaluate(([path, keys, settle]) => window.__benchProbe!.arm(path, keys, settle), [
    expectedPath,
    query.length,
    options.settle,
  ] as const);
  await page.keyboard.type(query);
  return page.evaluate(([timeoutMs, settleQuery]) => window.__benchProbe!.wait(timeoutMs, settleQuery), [
    options.timeoutMs,
    query,
  ] as const);
}

declare global {
  interface Window {
    __benchProbe?: {
      arm(path: string, keys: number, settle: 'data-query' | 'quiet' | null): void;
      wait(timeoutMs: number, query: string): Promise<SearchOutcome>;
    };
  }
}

/** Quantiles over every query, a missed one counting as slower than any hit (and giving null when it decides). */
function stats(times: (number | null)[]): LatencyStats {
  const sorted = times.map((time) => time ?? Infinity).sort((a, b) => a - b);
  const finite = (value: number | undefined) => (value === undefined || !Number.isFinite(value) ? null : value);
  const quantile = (q: number) => finite(sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]);
  const measured = sorted.filter(Number.isFinite);
  return {
    count: times.length,
    missed: times.length - measured.length,
    p50: quantile(0.5),
    p95: quantile(0.95),
    max: finite(measured[measured.length - 1]),
  };
}

/** What the first search cost on the wire: everything after the page's own HTML and CSS, split by purpose. */
function firstSearchBytes(log: readonly ServedResponse[], pagePath: string): FirstSearchBytes {
  const empty = (): ByteCounts => ({ raw: 0, gzip: 0, requests: 0 });
  const figures: FirstSearchBytes = { js: empty(), index: empty(), other: empty(), total: empty(), responses: [] };
  for (const response of log) {
    const path = new URL(response.url, 'http://localhost').pathname;
    if (
      path === pagePath ||
      response.contentType.startsWith('text/html') ||
      response.contentType.startsWith('text/css')
    )
      continue;
    const category = categoryOf(path, response.contentType);
    for (const counts of [figures[category], figures.total]) {
      counts.raw += response.rawBytes;
      counts.gzip += response.gzipBytes;
      counts.requests += 1;
    }
    figures.responses.push({ url: response.url, category, rawBytes: response.rawBytes, gzipBytes: response.gzipBytes });
  }
  return figures;
}

function categoryOf(path: string, contentType: string): 'js' | 'index' | 'other' {
  // Pagefind ships its WebAssembly as wasm.<lang>.pagefind: code, not index.
  if (/javascript|wasm/.test(contentType) || /\/wasm\.[^/]*\.pagefind$/.test(path)) return 'js';
  if (path.startsWith('/search/') || path.startsWith('/pagefind/')) return 'index';
  return 'other';
}
