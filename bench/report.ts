import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { kb, KB, mib, ms, percent, seconds } from './format';
import type { EngineFigures, LatencyStats } from './measure-search';
import {
  GLOBAL_RESEARCH_REFERENCE_PAGES_PER_SECOND,
  HTML_PAGES_PER_SECOND_FLOOR,
  type FormatRate,
} from './ingest-formats';
import {
  buildRows,
  incrementalRows,
  listingRows,
  pageWeightRows,
  scaleLines,
  YARDSTICK_MAX_N,
  type ScaleFigures,
  type ScaleTarget,
} from './scale-report';

export { kb, ms } from './format';

/**
 * The run's figures as data (JSON, every number kept), as Markdown tables for bench/results/latest.md, and as
 * PASS/FAIL lines against the search and scale targets, with INFO lines for figures shown beside them that pass
 * or fail nothing. A missed target is reported, never thrown.
 */

export interface StepFigures {
  wallMs: number;
  peakRssMiB: number | null;
}

export interface SizeFigures extends ScaleFigures {
  corpusDigest: string;
  ingest: StepFigures & { capturesPerSecond: number };
  /** `npm run entities`: the name finder over every article, run once after ingest rather than in each build. */
  nameFinding?: StepFigures & { articlesPerSecond: number };
  /** Pagefind's indexing; when it failed (see pagefindUnavailable), what it cost until it stopped. */
  pagefindIndexing: StepFigures;
  /** Files the search engines publish into dist, on disk. */
  indexOnDisk: {
    ours: { files: number; bytes: number } | null;
    pagefind: { files: number; bytes: number } | null;
  };
  engines: EngineFigures[];
  /** Why our engine was not measured at this size, when it was not. */
  oursUnavailable?: string;
  /** Why Pagefind was not measured at this size (it could not index the site), when it was not. */
  pagefindUnavailable?: string;
}

export interface RunReport {
  runId: string;
  startedAt: string;
  smoke: boolean;
  seed: number;
  corpus: string;
  environment: Record<string, string | number>;
  sizes: SizeFigures[];
  /** Ingest rates per capture format (bench/ingest-formats.ts), measured once per run. */
  ingestFormats?: FormatRate[];
  targets: TargetResult[];
}

/** Pages per second of each format, and the share of the Global Research rate each reaches. */
export function ingestFormatRows(report: RunReport): string[][] {
  const rates = report.ingestFormats ?? [];
  return [
    ['format', 'pages', 'wall', 'pages/s'],
    ...rates.map((rate) => [
      rate.format,
      String(rate.pages),
      seconds(rate.wallMs),
      String(Math.round(rate.pagesPerSecond)),
    ]),
  ];
}

/**
 * HTML pages and web archives must reach the product's floor; Global Research captures must stay as fast as they
 * were before the ingest read other formats (the reference, measured with this harness on the commit before).
 */
export function evaluateIngestFormatTargets(rates: readonly FormatRate[], smoke: boolean): TargetResult[] {
  const n = rates[0]?.pages ?? 0;
  return rates.flatMap((rate): TargetResult[] => {
    const figure = `${Math.round(rate.pagesPerSecond)} pages/s`;
    if (rate.format === 'global-research-markdown') {
      const floor = GLOBAL_RESEARCH_REFERENCE_PAGES_PER_SECOND * 0.9;
      return [
        {
          n,
          target: `Global Research ingest ≥ 90% of the reference ${GLOBAL_RESEARCH_REFERENCE_PAGES_PER_SECOND} pages/s`,
          status: smoke ? 'INFO' : rate.pagesPerSecond >= floor ? 'PASS' : 'FAIL',
          detail: figure,
        },
      ];
    }
    if (rate.format === 'web-clipper-markdown')
      return [{ n, target: 'web-clip ingest', status: 'INFO', detail: figure }];
    return [
      {
        n,
        target: `${rate.format} ingest ≥ ${HTML_PAGES_PER_SECOND_FLOOR} pages/s`,
        status: rate.pagesPerSecond >= HTML_PAGES_PER_SECOND_FLOOR ? 'PASS' : 'FAIL',
        detail: figure,
      },
    ];
  });
}

export type TargetResult = ScaleTarget;

/** `npm run entities` over a freshly ingested collection: every article read, none remembered from a run before. */
export const NAME_FINDING_ARTICLES_PER_SECOND = 200;

export function evaluateNameFinding(size: Pick<SizeFigures, 'n' | 'nameFinding'>): TargetResult[] {
  const target = `names (npm run entities, a first run) ≥ ${NAME_FINDING_ARTICLES_PER_SECOND} articles/s`;
  if (!size.nameFinding) return [{ n: size.n, target, status: 'SKIP', detail: 'not measured' }];
  const rate = size.nameFinding.articlesPerSecond;
  return [
    {
      n: size.n,
      target,
      status: rate >= NAME_FINDING_ARTICLES_PER_SECOND ? 'PASS' : 'FAIL',
      detail: `${Math.round(rate)} articles/s (${seconds(size.nameFinding.wallMs)})`,
    },
  ];
}

export function evaluateTargets(size: SizeFigures): TargetResult[] {
  const ours = size.engines.find((engine) => engine.engine === 'ours');
  const pagefind = size.engines.find((engine) => engine.engine === 'pagefind');
  const small = size.n <= 1000;
  const latencyLimit = small ? 16 : 50;
  // A comparison with Pagefind is skipped, not failed, when Pagefind could not index the site: ours is still shown.
  const withoutPagefind = (ours: string): [null, string] => [
    null,
    `ours ${ours}; ${size.pagefindUnavailable ?? 'Pagefind was not measured'}`,
  ];
  const targets: { target: string; check: (ours: EngineFigures) => [boolean | null, string] }[] = [
    {
      target: `our warm p95 ≤ ${latencyLimit} ms`,
      check: (engine) => [engine.warm.p95 !== null && engine.warm.p95 <= latencyLimit, `p95 ${ms(engine.warm.p95)}`],
    },
    {
      target: 'our warm p95 ≤ Pagefind warm p95',
      check: (engine) =>
        pagefind
          ? [
              engine.warm.p95 !== null && pagefind.warm.p95 !== null && engine.warm.p95 <= pagefind.warm.p95,
              `${ms(engine.warm.p95)} vs ${ms(pagefind.warm.p95)}`,
            ]
          : withoutPagefind(`p95 ${ms(engine.warm.p95)}`),
    },
    small
      ? {
          target: 'our first-search download ≤ 100 KB gzipped',
          check: (engine) => {
            const gzip = engine.cold.bytes?.total.gzip ?? null;
            return [gzip !== null && gzip <= 100 * KB, kb(gzip)];
          },
        }
      : {
          target: "our first-search download ≤ Pagefind's (gzipped)",
          check: (engine) => {
            const gzip = engine.cold.bytes?.total.gzip ?? null;
            if (!pagefind) return withoutPagefind(kb(gzip));
            const theirs = pagefind.cold.bytes?.total.gzip ?? null;
            return [gzip !== null && theirs !== null && gzip <= theirs, `${kb(gzip)} vs ${kb(theirs)}`];
          },
        },
    {
      target: 'our typo recall (top 10) = 100%',
      check: (engine) => [
        engine.typoRecall.tried > 0 && engine.typoRecall.found === engine.typoRecall.tried,
        percent(engine.typoRecall.recall),
      ],
    },
  ];
  return targets.map(({ target, check }) => {
    if (!ours)
      return { n: size.n, target, status: 'SKIP', detail: size.oursUnavailable ?? 'our search was not measured' };
    const [passed, detail] = check(ours);
    return { n: size.n, target, status: passed === null ? 'SKIP' : passed ? 'PASS' : 'FAIL', detail };
  });
}

function latency(stats: LatencyStats): string {
  return `${ms(stats.p50)} / ${ms(stats.p95)}${stats.missed > 0 ? ` (${stats.missed} missed)` : ''}`;
}

export function pipelineRows(report: RunReport): string[][] {
  return [
    [
      'N',
      'ingest',
      'ingest peak RSS',
      'name finding (npm run entities)',
      'pagefind indexing',
      'our index on disk',
      'Pagefind index on disk',
    ],
    ...report.sizes.map((size) => [
      size.n.toLocaleString('en-US'),
      `${Math.round(size.ingest.capturesPerSecond)} captures/s (${seconds(size.ingest.wallMs)})`,
      mib(size.ingest.peakRssMiB),
      size.nameFinding
        ? `${Math.round(size.nameFinding.articlesPerSecond)} articles/s (${seconds(size.nameFinding.wallMs)}), ${mib(size.nameFinding.peakRssMiB)}`
        : '—',
      `${seconds(size.pagefindIndexing.wallMs)}${size.pagefindUnavailable ? ` (failed, ${mib(size.pagefindIndexing.peakRssMiB)} peak RSS)` : ''}`,
      onDisk(size.indexOnDisk.ours),
      onDisk(size.indexOnDisk.pagefind),
    ]),
  ];
}

const onDisk = (index: { files: number; bytes: number } | null) =>
  index ? `${(index.bytes / 1e6).toFixed(1)} MB, ${index.files} files` : '—';

export function searchRows(report: RunReport): string[][] {
  const rows = [
    [
      'N',
      'engine',
      'cold (median)',
      'warm p50 / p95',
      'multi-word p50 / p95',
      'warm fetches/query',
      'first search gzip (raw)',
      'JS / index / other gzip',
      'typo recall',
    ],
  ];
  for (const size of report.sizes) {
    for (const engine of size.engines) {
      const bytes = engine.cold.bytes;
      rows.push([
        size.n.toLocaleString('en-US'),
        engine.label,
        ms(engine.cold.medianMs),
        latency(engine.warm),
        latency(engine.warm.multiWord),
        `${engine.warm.requestsPerQuery.toFixed(1)} (${kb(engine.warm.gzipBytesPerQuery)})`,
        bytes ? `${kb(bytes.total.gzip)} (${kb(bytes.total.raw)}), ${bytes.total.requests} req` : '—',
        bytes ? `${kb(bytes.js.gzip)} / ${kb(bytes.index.gzip)} / ${kb(bytes.other.gzip)}` : '—',
        `${percent(engine.typoRecall.recall)} (${engine.typoRecall.found}/${engine.typoRecall.tried})`,
      ]);
    }
    const notMeasured = (engine: string, why: string) =>
      rows.push([size.n.toLocaleString('en-US'), engine, `not measured: ${why}`, ...Array<string>(6).fill('')]);
    if (size.oursUnavailable) notMeasured('ours', size.oursUnavailable);
    if (size.pagefindUnavailable) notMeasured('Pagefind', size.pagefindUnavailable);
  }
  return rows;
}

export function textTable(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  return [line(rows[0]!), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

function markdownTable(rows: string[][]): string {
  const line = (row: string[]) => `| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(rows[0]!), line(rows[0]!.map(() => '---')), ...rows.slice(1).map(line)].join('\n');
}

export function targetLines(report: RunReport): string[] {
  return report.targets.map(
    (result) =>
      `${result.status.padEnd(4)}  N=${result.n.toLocaleString('en-US')}  ${result.target}  (${result.detail})`,
  );
}

/** Where a tail comes from: each engine's slowest warm queries and what they fetched. */
function slowestLines(report: RunReport): string {
  const lines: string[] = [];
  for (const size of report.sizes) {
    for (const engine of size.engines) {
      const queries = engine.warm.slowest
        .map(
          (query) =>
            `\`${query.query}\` ${ms(query.ms)} (${query.fetched.length} fetched: ${query.fetched.join(' ') || 'none'})`,
        )
        .join('; ');
      lines.push(`- N=${size.n.toLocaleString('en-US')} ${engine.label}: ${queries || 'none'}`);
    }
  }
  return lines.join('\n');
}

/** Every table of the run, in the order the console and latest.md show them. */
export function consoleTables(report: RunReport): string {
  return [
    textTable(searchRows(report)),
    textTable(buildRows(report.sizes)),
    textTable(incrementalRows(report.sizes)),
    textTable(pageWeightRows(report.sizes)),
    textTable(listingRows(report.sizes)),
    scaleLines(report.sizes).join('\n'),
    textTable(pipelineRows(report)),
    textTable(ingestFormatRows(report)),
    targetLines(report).join('\n'),
  ].join('\n\n');
}

export function markdown(report: RunReport): string {
  const environment = Object.entries(report.environment)
    .map(([key, value]) => `- ${key}: ${value}`)
    .join('\n');
  return `# Benchmark: search, build and page weight

Run \`${report.runId}\`${report.smoke ? ' (smoke run: checks that the bench works; its timings mean little)' : ''}, started ${report.startedAt}.
Produced by \`npm run ${report.smoke ? 'bench:smoke' : 'bench'}\` (bench/run.ts); figures in \`${reportFileName(report)}\`.

## Targets

${report.targets.length > 0 ? report.targets.map((result) => `- **${result.status}** N=${result.n.toLocaleString('en-US')}: ${result.target} (${result.detail})`).join('\n') : '- none evaluated'}

## Search

${markdownTable(searchRows(report))}

### Slowest warm queries

${slowestLines(report)}

## Build

${markdownTable(buildRows(report.sizes))}

### Incremental rebuild (one word appended to one article)

${markdownTable(incrementalRows(report.sizes))}

## Page weight (as loaded, before any interaction)

${markdownTable(pageWeightRows(report.sizes))}

## Listing pages at scale

${markdownTable(listingRows(report.sizes))}

${scaleLines(report.sizes)
  .map((line) => `- ${line}`)
  .join('\n')}

## Ingest and search indexing

${markdownTable(pipelineRows(report))}

### Ingest by capture format (in one process, each format into an empty content folder)

${markdownTable(ingestFormatRows(report))}

## How it was measured

- Corpus: ${report.corpus}
- Each size is ingested and built in a temporary copy of the project (src/, public/, configs) holding only the synthetic articles, with \`npm run ingest\`, \`npm run entities\` (the name finder, which writes content/entities-found.yaml for the people-and-places index; run once after ingest, not in the build) and \`npm run build\`; peak RSS is the largest single process of each step (GNU time, or a Node probe where GNU time is missing).
- Build: pages are the HTML files in dist; ms/page is the build's wall time over them. The yardstick is a bare Astro project built right after ours, with the same Astro and node_modules: one template \`src/pages/[slug].astro\` rendering each entry's title and \`<Content />\`, a glob loader over a copy of the same content/articles/*.md with no schema, Astro's default Markdown settings, built with the same \`npm run build\` (\`astro build\`). The build target compares whole build times (the same articles in, a site out); the per-page ratio is shown beside it.
- Bare Astro with unified (INFO, not a target): Astro's default Markdown processor is Sätteri, a native parser, while the archive renders with unified because its remark plugins do the paragraph anchors, entity links and sanitising. So a second bare project, identical but for \`markdown: { processor: unified() }\` in astro.config.mjs, is built too, to tell the processor's cost apart from the site's own; the target stays against the default bare build. Only its full build is timed: its incremental rebuild is skipped to keep the bench shorter.
- Incremental rebuild: after the full build, one word is appended to the first body paragraph of the first article (by file name) and the same build runs again in the same folder, with whatever caches the first build left. Ours and the default bare project are each edited and rebuilt on their own; a rebuilt page that does not show the word is flagged.
- Page weight: the home page, the article page of median size and /search/ are each loaded in a fresh Chromium profile until the network is idle, without touching anything; every response is counted from the server's log by content type. Scripts on load are the JavaScript fetched in that time.
- Listing pages: sizes of the HTML files in dist, raw on disk and gzipped; the biggest page under a section includes its further pages. Reachability: a breadth-first walk from the home page over the internal \`<a href>\` of the built files (and GET form actions: the header search box reaches /search/ without JavaScript); a link to /a reaches the page /a/. Links to a page address (ending in /) that has no page are counted too.
- Pagefind indexes the same dist (article pages only) and is driven by a bare page with the same DOM contract as /search/. It waits after typing as long as our page does (pagefindDebounce below), so both latencies include the same debounce. Up to ${YARDSTICK_MAX_N.toLocaleString('en-US')} articles Pagefind must find every marker, or the run stops as broken; above that, where Pagefind may be unable to index the site, our search is measured alone and the comparisons with Pagefind are skipped, with the reason.
- Pages are served by a local static server without compression; transfer sizes are gzip (zlib default level) of each response body. First-search bytes count everything fetched from page load until the first result showed, except the page's HTML and CSS; Pagefind's files are gzipped already and count about as they are.
- Latency is taken inside the page: from the last keystroke's event time to the DOM change that puts the expected article in the first ten \`#search-results li\` items. Cold: a fresh browser context per query (median of the runs). Warm: the same page after one search; misses count as slower than any hit in p50/p95. Warm fetches/query: mean requests (and their gzip bytes) a warm query made.
- Typo recall: one edit (substitute, delete, insert or transpose an inner letter) of each marker word; found means the article is in the top ten.

## Environment

${environment}
`;
}

function reportFileName(report: RunReport): string {
  return `bench-${report.runId}.json`;
}

export async function writeReport(report: RunReport, folder: string): Promise<{ json: string; markdown: string }> {
  await mkdir(folder, { recursive: true });
  const json = join(folder, reportFileName(report));
  const md = join(folder, 'latest.md');
  await writeFile(json, `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(md, markdown(report));
  return { json, markdown: md };
}
