import { gzipAndRaw, kb, KB, mib, ms, ratio, seconds } from './format';
import type { IncrementalFigures } from './incremental';
import type { ListingFigures, PageSize } from './page-sizes';
import { isHeaderSearchScript, type PageWeight } from './page-weight';
import type { CrawlFigures } from './site-crawl';

/**
 * The scale half of the report: the build against a bare Astro build of the same articles (and, for information,
 * against the same bare build with the unified Markdown processor the archive uses), the incremental
 * rebuild, what pages weigh as loaded, how big listing pages grow, and whether every page can be reached.
 * Targets are the ones set for 10,000 articles; smaller sizes are held to them too, to show the trend. The fair
 * yardstick for build time is the bare build with the same processor, per HTML page: the default one renders with
 * another Markdown processor and publishes a third of the pages, so it is shown as information only.
 */

export interface BuildFigures {
  wallMs: number;
  peakRssMiB: number | null;
  /** HTML files in dist. */
  htmlPages: number;
  msPerPage: number;
}

export interface ScaleFigures {
  n: number;
  build: BuildFigures;
  /**
   * Astro's default Markdown settings (the Sätteri processor), shown for information. Null above
   * YARDSTICK_MAX_N (see there), as are the two below.
   */
  bareBuild: BuildFigures | null;
  /** The same bare project with only `markdown: { processor: unified() }`, the processor the archive renders with. */
  bareUnifiedBuild: BuildFigures | null;
  incremental: { ours: IncrementalFigures; bare: IncrementalFigures } | null;
  pageWeight: PageWeight[];
  listing: ListingFigures;
  crawl: CrawlFigures;
}

export interface ScaleTarget {
  n: number;
  target: string;
  /** INFO: a figure shown beside the targets, neither passed nor failed. */
  status: 'PASS' | 'FAIL' | 'SKIP' | 'INFO';
  detail: string;
}

/** Our build's time per HTML page against the bare build with the unified processor. */
export const BUILD_PER_PAGE_RATIO_LIMIT = 1.2;
/**
 * The largest size the yardstick builds (and the rebuilds after an edit) run at. The per-page target is set at 1,000
 * and 10,000 articles; above that, two bare builds and two rebuilds would more than double a run that already
 * takes about an hour, so a 100,000-article run measures our build alone, against the limits below.
 */
export const YARDSTICK_MAX_N = 10_000;
/** At 100,000 articles, the whole build on this 2-core machine. */
export const LARGE_BUILD_TIME_LIMIT_MS = 45 * 60 * 1000;
/** The peak resident set of any build process: below a bare build's, which holds every rendered article. */
export const BUILD_MEMORY_LIMIT_MIB = 2_500;
/** At 100,000 articles, on a machine of 24 GB. */
export const LARGE_BUILD_MEMORY_LIMIT_MIB = 8 * 1024;
/** The site script (header search box, copy button) is accepted up to about a kilobyte gzipped. */
export const SITE_SCRIPT_LIMIT_BYTES = 1 * KB;
export const ARTICLE_WEIGHT_LIMIT_BYTES = 30 * KB;
/** One stylesheet file is fine while it fits the first round trip's worth of data (about 14 KB). */
export const SMALL_CSS_FILE_BYTES = 14 * KB;

export function buildFigures(step: { wallMs: number; peakRssMiB: number | null }, htmlPages: number): BuildFigures {
  return {
    wallMs: step.wallMs,
    peakRssMiB: step.peakRssMiB,
    htmlPages,
    msPerPage: htmlPages === 0 ? NaN : step.wallMs / htmlPages,
  };
}

export function buildRatio(size: Pick<ScaleFigures, 'build' | 'bareBuild' | 'bareUnifiedBuild'>): {
  time: number;
  perPage: number;
  timeVsUnified: number;
  perPageVsUnified: number;
} | null {
  if (!size.bareBuild || !size.bareUnifiedBuild) return null;
  return {
    time: size.build.wallMs / size.bareBuild.wallMs,
    perPage: size.build.msPerPage / size.bareBuild.msPerPage,
    timeVsUnified: size.build.wallMs / size.bareUnifiedBuild.wallMs,
    perPageVsUnified: size.build.msPerPage / size.bareUnifiedBuild.msPerPage,
  };
}

/** "SiteScript.astro script (the site script: header search box, copy button) 0.5 KB, …" */
export function scriptList(weight: Pick<PageWeight, 'scripts'>): string {
  return weight.scripts
    .map(
      (script) =>
        `${script.label}${isHeaderSearchScript(script) ? ' (the site script: header search box, copy button)' : ''} ${kb(script.gzip)}`,
    )
    .join(', ');
}

export function evaluateScaleTargets(size: ScaleFigures): ScaleTarget[] {
  const results: ScaleTarget[] = [];
  const add = (target: string, passed: boolean | null, detail: string) =>
    results.push({ n: size.n, target, status: passed === null ? 'SKIP' : passed ? 'PASS' : 'FAIL', detail });
  const inform = (target: string, detail: string) => results.push({ n: size.n, target, status: 'INFO', detail });

  const ratios = buildRatio(size);
  const perPageTarget = `build time per page ≤ ${BUILD_PER_PAGE_RATIO_LIMIT} × a bare Astro build with the unified processor`;
  if (ratios && size.bareBuild && size.bareUnifiedBuild) {
    add(
      perPageTarget,
      ratios.perPageVsUnified <= BUILD_PER_PAGE_RATIO_LIMIT,
      `${ms(size.build.msPerPage)} vs ${ms(size.bareUnifiedBuild.msPerPage)} a page: ${ratio(ratios.perPageVsUnified)}; whole builds ${seconds(size.build.wallMs)} vs ${seconds(size.bareUnifiedBuild.wallMs)}`,
    );
    inform(
      "ours vs a bare Astro build with Astro's default Markdown processor",
      `${seconds(size.build.wallMs)} vs ${seconds(size.bareBuild.wallMs)}: ${ratio(ratios.time)}; per page ${ratio(ratios.perPage)}`,
    );
  } else {
    add(
      perPageTarget,
      null,
      `not built above ${count(YARDSTICK_MAX_N)} articles (${ms(size.build.msPerPage)} a page here)`,
    );
  }
  if (size.n > YARDSTICK_MAX_N) {
    add(
      `build ≤ ${seconds(LARGE_BUILD_TIME_LIMIT_MS)}`,
      size.build.wallMs <= LARGE_BUILD_TIME_LIMIT_MS,
      `${seconds(size.build.wallMs)} for ${count(size.build.htmlPages)} HTML pages`,
    );
  }
  const peak = size.build.peakRssMiB;
  const memoryLimit = size.n > 10_000 ? LARGE_BUILD_MEMORY_LIMIT_MIB : BUILD_MEMORY_LIMIT_MIB;
  add(
    `build peak memory ≤ ${mib(memoryLimit)}`,
    peak === null ? null : peak <= memoryLimit,
    peak === null
      ? 'peak RSS not measured'
      : `${mib(peak)}${size.bareUnifiedBuild?.peakRssMiB == null ? '' : `; the bare unified build: ${mib(size.bareUnifiedBuild.peakRssMiB)}`}`,
  );

  const article = size.pageWeight.find((weight) => weight.label === 'article');
  if (article) {
    add(
      `an article page ≤ ${kb(ARTICLE_WEIGHT_LIMIT_BYTES)} transferred (gzip, everything loaded)`,
      article.total.gzip <= ARTICLE_WEIGHT_LIMIT_BYTES,
      `${article.path}: ${kb(article.total.gzip)} (HTML ${kb(article.byKind.html.gzip)}, CSS ${kb(article.byKind.css.gzip)}, JS ${kb(article.byKind.js.gzip)}, fonts ${kb(article.byKind.font.gzip)}, other ${kb(article.byKind.other.gzip)})`,
    );
    const js = article.byKind.js;
    const headerOn = size.pageWeight
      .filter((weight) => weight.scripts.some(isHeaderSearchScript))
      .map((weight) => weight.label);
    add(
      `at most the site script (≤ ${kb(SITE_SCRIPT_LIMIT_BYTES)} gzip) on an article page before search is touched`,
      js.gzip <= SITE_SCRIPT_LIMIT_BYTES && article.scripts.every(isHeaderSearchScript),
      js.requests === 0
        ? 'no script loaded'
        : `${js.requests} script${js.requests === 1 ? '' : 's'} loaded, ${gzipAndRaw(js)}: ${scriptList(article)}${headerOn.length > 0 ? `; the small header search-box script loads, on ${headerOn.join(', ')}` : ''}`,
    );
  } else {
    add('an article page ≤ 30 KB transferred', null, 'no article page was weighed');
    add('at most the site script on an article page before search is touched', null, 'no article page was weighed');
  }
  if (size.pageWeight.length > 0) {
    const css = size.pageWeight.map((weight) => ({
      weight,
      ok: weight.css.files === 0 || (weight.css.files === 1 && weight.byKind.css.gzip <= SMALL_CSS_FILE_BYTES),
    }));
    add(
      `CSS inlined or one small file (≤ ${kb(SMALL_CSS_FILE_BYTES)} gzip)`,
      css.every((page) => page.ok),
      css
        .map(({ weight }) =>
          weight.css.files === 0
            ? `${weight.label}: inlined (${kb(weight.css.inlineRawBytes)} of CSS in the HTML)`
            : `${weight.label}: ${weight.css.files} file${weight.css.files === 1 ? '' : 's'}, ${kb(weight.byKind.css.gzip)} gzip${weight.css.inlineRawBytes > 0 ? ` + ${kb(weight.css.inlineRawBytes)} inlined` : ''}`,
        )
        .join('; '),
    );
  }

  const largest = size.listing.largest;
  add(
    `largest HTML page < ${kb(size.listing.overLimit.limitBytes)}`,
    largest === null ? null : largest.bytes < size.listing.overLimit.limitBytes,
    largest === null
      ? 'no HTML page built'
      : `${largest.path} ${kb(largest.bytes)} (${kb(largest.gzipBytes)} gzip); ${size.listing.overLimit.count} page${size.listing.overLimit.count === 1 ? '' : 's'} over the limit`,
  );
  add(
    'every page reachable by links from the home page',
    size.crawl.unreachable.count === 0,
    size.crawl.unreachable.count === 0
      ? `all ${size.crawl.pages} pages`
      : `${size.crawl.unreachable.count} of ${size.crawl.pages} unreachable: ${size.crawl.unreachable.examples.join(' ')}${size.crawl.unreachable.count > size.crawl.unreachable.examples.length ? ' …' : ''}`,
  );
  return results;
}

const count = (n: number) => n.toLocaleString('en-US');
/** A yardstick or rebuild figure that was not measured at this size (YARDSTICK_MAX_N). */
const NOT_BUILT = '–';

export function buildRows(sizes: readonly ScaleFigures[]): string[][] {
  return [
    [
      'N',
      'our build',
      'HTML pages',
      'ms/page',
      'peak RSS',
      'bare Astro build',
      'HTML pages',
      'ms/page',
      'peak RSS',
      'ours/bare time',
      'ours/bare ms/page',
      'bare Astro build, unified',
      'ours/bare-unified time',
    ],
    ...sizes.map((size) => {
      const ratios = buildRatio(size);
      const { bareBuild, bareUnifiedBuild } = size;
      return [
        count(size.n),
        seconds(size.build.wallMs),
        count(size.build.htmlPages),
        ms(size.build.msPerPage),
        mib(size.build.peakRssMiB),
        ...(bareBuild && bareUnifiedBuild && ratios
          ? [
              seconds(bareBuild.wallMs),
              count(bareBuild.htmlPages),
              ms(bareBuild.msPerPage),
              mib(bareBuild.peakRssMiB),
              ratio(ratios.time),
              ratio(ratios.perPage),
              seconds(bareUnifiedBuild.wallMs),
              ratio(ratios.timeVsUnified),
            ]
          : Array<string>(8).fill(NOT_BUILT)),
      ];
    }),
  ];
}

export function incrementalRows(sizes: readonly ScaleFigures[]): string[][] {
  const rebuilt = (figures: IncrementalFigures) =>
    `${seconds(figures.wallMs)}${figures.pageUpdated ? '' : ' (the page did NOT show the edit)'}`;
  return [
    ['N', 'edited article', 'our full build', 'our incremental rebuild', 'bare full build', 'bare incremental rebuild'],
    ...sizes.map((size) => [
      count(size.n),
      size.incremental?.ours.article ?? NOT_BUILT,
      seconds(size.build.wallMs),
      size.incremental ? rebuilt(size.incremental.ours) : NOT_BUILT,
      size.bareBuild ? seconds(size.bareBuild.wallMs) : NOT_BUILT,
      size.incremental ? rebuilt(size.incremental.bare) : NOT_BUILT,
    ]),
  ];
}

export function pageWeightRows(sizes: readonly ScaleFigures[]): string[][] {
  const rows = [
    [
      'N',
      'page',
      'HTML gzip (raw)',
      'CSS gzip (raw)',
      'JS gzip (raw)',
      'fonts gzip (raw)',
      'other gzip (raw)',
      'total gzip (raw)',
      'requests',
      'scripts on load',
    ],
  ];
  for (const size of sizes) {
    for (const weight of size.pageWeight) {
      rows.push([
        count(size.n),
        `${weight.label} ${weight.path}`,
        gzipAndRaw(weight.byKind.html),
        weight.css.files === 0 ? `inlined (${kb(weight.css.inlineRawBytes)} raw)` : gzipAndRaw(weight.byKind.css),
        gzipAndRaw(weight.byKind.js),
        gzipAndRaw(weight.byKind.font),
        gzipAndRaw(weight.byKind.other),
        gzipAndRaw(weight.total),
        String(weight.total.requests),
        scriptList(weight) || 'none',
      ]);
    }
  }
  return rows;
}

export function listingRows(sizes: readonly ScaleFigures[]): string[][] {
  const rows = [['N', 'page', 'path', 'raw', 'gzip']];
  const row = (n: number, label: string, page: PageSize | null, path?: string) =>
    rows.push([
      count(n),
      label,
      page?.path ?? path ?? '—',
      page ? kb(page.bytes) : 'none',
      page ? kb(page.gzipBytes) : '',
    ]);
  for (const size of sizes) {
    row(size.n, 'largest HTML page', size.listing.largest);
    for (const listing of size.listing.listings) row(size.n, listing.label, listing.size, listing.path);
    for (const section of size.listing.biggestInSection)
      row(size.n, `biggest page under ${section.section}`, section.size, `${section.section}…`);
  }
  return rows;
}

/** One line per size: pages over the size limit, reachability and broken internal links. */
export function scaleLines(sizes: readonly ScaleFigures[]): string[] {
  return sizes.flatMap((size) => {
    const { crawl, listing } = size;
    const more = (shown: number, total: number) => (total > shown ? ' …' : '');
    return [
      `N=${count(size.n)}: ${count(listing.htmlPages)} HTML pages; ${listing.overLimit.count} over ${kb(listing.overLimit.limitBytes)}${listing.overLimit.count > 0 ? ` (${listing.overLimit.examples.join(' ')}${more(listing.overLimit.examples.length, listing.overLimit.count)})` : ''}`,
      `N=${count(size.n)}: ${count(crawl.reached)} of ${count(crawl.pages)} pages reachable by links from the home page; ${crawl.unreachable.count} unreachable${crawl.unreachable.count > 0 ? ` (${crawl.unreachable.examples.join(' ')}${more(crawl.unreachable.examples.length, crawl.unreachable.count)})` : ''}; ${crawl.brokenLinks.count} links to a page address with no page${crawl.brokenLinks.count > 0 ? ` (${crawl.brokenLinks.examples.join(' ')})` : ''}${crawl.excluded.length > 0 ? `; not counted: ${crawl.excluded.join(', ')}` : ''}`,
    ];
  });
}
