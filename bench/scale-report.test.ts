import { describe, expect, it } from 'vitest';
import type { PageWeight } from './page-weight';
import {
  buildFigures,
  buildRows,
  evaluateScaleTargets,
  pageWeightRows,
  scaleLines,
  type ScaleFigures,
} from './scale-report';

const tally = (gzip: number, requests = 1) => ({ raw: gzip * 3, gzip, requests });
const none = () => ({ raw: 0, gzip: 0, requests: 0 });

function weight(label: string, overrides: Partial<PageWeight> = {}): PageWeight {
  return {
    label,
    path: label === 'article' ? '/articles/a/' : `/${label}/`,
    byKind: { html: tally(8_000), css: none(), js: none(), font: none(), other: none() },
    total: tally(8_000),
    scripts: [],
    css: { files: 0, inlineRawBytes: 12_000 },
    responses: [],
    ...overrides,
  };
}

function figures(overrides: Partial<ScaleFigures> = {}): ScaleFigures {
  const incremental = { article: 'a', wallMs: 5_000, peakRssMiB: 500, pageUpdated: true };
  return {
    n: 10_000,
    build: buildFigures({ wallMs: 120_000, peakRssMiB: 2_000 }, 12_000),
    bareBuild: buildFigures({ wallMs: 100_000, peakRssMiB: 1_500 }, 10_000),
    bareUnifiedBuild: buildFigures({ wallMs: 150_000, peakRssMiB: 1_700 }, 10_000),
    incremental: { ours: incremental, bare: incremental },
    pageWeight: [weight('home'), weight('article'), weight('search')],
    listing: {
      htmlPages: 12_000,
      largest: { path: '/archive/', bytes: 90_000, gzipBytes: 12_000 },
      overLimit: { limitBytes: 100_000, count: 0, examples: [] },
      listings: [],
      biggestInSection: [],
    },
    crawl: {
      pages: 11_999,
      reached: 11_999,
      unreachable: { count: 0, examples: [] },
      brokenLinks: { count: 0, examples: [] },
      excluded: [],
    },
    ...overrides,
  };
}

const statusOf = (size: ScaleFigures) =>
  Object.fromEntries(evaluateScaleTargets(size).map((result) => [result.target, result.status]));

describe('evaluateScaleTargets', () => {
  it('passes a site that meets every target', () => {
    const results = evaluateScaleTargets(figures()).filter((result) => result.status !== 'INFO');
    expect(results.map((result) => result.status)).toEqual(Array(results.length).fill('PASS'));
    expect(results.find((result) => result.target.startsWith('build time'))?.detail).toBe(
      '10 ms vs 15 ms a page: ×0.67; whole builds 120.0 s vs 150.0 s',
    );
  });

  it('fails a build over 1.2 times the bare unified one per page, or over 2,500 MiB of memory', () => {
    const status = statusOf(
      figures({
        build: buildFigures({ wallMs: 220_000, peakRssMiB: 2_501 }, 12_000),
      }),
    );
    expect(status['build time per page ≤ 1.2 × a bare Astro build with the unified processor']).toBe('FAIL');
    expect(status['build peak memory ≤ 2500 MiB']).toBe('FAIL');
  });

  it('holds 100,000 articles to 8 GiB of build memory', () => {
    const large = (peakRssMiB: number) =>
      statusOf(figures({ n: 100_000, build: buildFigures({ wallMs: 1_200_000, peakRssMiB }, 120_000) }));
    expect(large(8_000)['build peak memory ≤ 8192 MiB']).toBe('PASS');
    expect(large(8_300)['build peak memory ≤ 8192 MiB']).toBe('FAIL');
  });

  it('above 10,000 articles, holds the build to 45 minutes, and says the yardstick was not built', () => {
    const large = (wallMs: number) =>
      figures({
        n: 100_000,
        build: buildFigures({ wallMs, peakRssMiB: 6_000 }, 120_000),
        bareBuild: null,
        bareUnifiedBuild: null,
        incremental: null,
      });
    const status = statusOf(large(44 * 60_000));
    expect(status['build ≤ 2700.0 s']).toBe('PASS');
    expect(statusOf(large(46 * 60_000))['build ≤ 2700.0 s']).toBe('FAIL');
    const perPage = evaluateScaleTargets(large(44 * 60_000)).find((result) => result.target.startsWith('build time'));
    expect(perPage).toMatchObject({ status: 'SKIP', detail: 'not built above 10,000 articles (22 ms a page here)' });
    const rows = buildRows([large(44 * 60_000)]);
    expect(rows[1]!.slice(5)).toEqual(Array(8).fill('–'));
  });

  it("shows the build against the default Markdown processor's as information only", () => {
    const results = evaluateScaleTargets(
      figures({ build: buildFigures({ wallMs: 300_000, peakRssMiB: 2_000 }, 12_000) }),
    );
    expect(results.filter((result) => result.status === 'INFO')).toEqual([
      {
        n: 10_000,
        target: "ours vs a bare Astro build with Astro's default Markdown processor",
        status: 'INFO',
        detail: '300.0 s vs 100.0 s: ×3.00; per page ×2.50',
      },
    ]);
  });

  it('skips the memory target when the peak was not measured', () => {
    const status = statusOf(figures({ build: buildFigures({ wallMs: 100_000, peakRssMiB: null }, 12_000) }));
    expect(status['build peak memory ≤ 2500 MiB']).toBe('SKIP');
  });

  it('passes an article page that loads only the small site script, and fails a larger or another script', () => {
    const script = {
      path: '/_astro/SiteScript.astro_astro_type_script_index_0_lang.x.js',
      label: 'SiteScript.astro script',
      raw: 834,
      gzip: 480,
    };
    const article = weight('article', {
      byKind: { html: tally(8_000), css: none(), js: tally(480), font: none(), other: none() },
      total: tally(8_480, 2),
      scripts: [script],
    });
    const scriptTarget = (page: PageWeight) =>
      evaluateScaleTargets(figures({ pageWeight: [page] })).find((target) => target.target.includes('site script'));
    const result = scriptTarget(article);
    expect(result?.status).toBe('PASS');
    expect(result?.detail).toContain(
      'SiteScript.astro script (the site script: header search box, copy button) 0.5 KB',
    );
    expect(result?.detail).toContain('the small header search-box script loads, on article');

    const heavier = { ...script, gzip: 1_500 };
    const grown = weight('article', {
      byKind: { html: tally(8_000), css: none(), js: tally(1_500), font: none(), other: none() },
      scripts: [heavier],
    });
    expect(scriptTarget(grown)?.status).toBe('FAIL');
    const other = {
      path: '/_astro/Widget.astro_astro_type_script_index_0_lang.y.js',
      label: 'Widget.astro script',
      raw: 300,
      gzip: 200,
    };
    const another = weight('article', {
      byKind: { html: tally(8_000), css: none(), js: tally(200), font: none(), other: none() },
      scripts: [other],
    });
    expect(scriptTarget(another)?.status).toBe('FAIL');
  });

  it('fails an article page over 30 KB gzipped in total, and CSS split over files', () => {
    const heavy = weight('article', {
      byKind: { html: tally(25_000), css: tally(6_000, 2), js: none(), font: none(), other: none() },
      total: tally(31_000, 3),
      css: { files: 2, inlineRawBytes: 0 },
    });
    const status = statusOf(figures({ pageWeight: [heavy] }));
    expect(status['an article page ≤ 30.0 KB transferred (gzip, everything loaded)']).toBe('FAIL');
    expect(status['CSS inlined or one small file (≤ 14.0 KB gzip)']).toBe('FAIL');
  });

  it('fails a largest page of 100 KB or more, and any page no link reaches', () => {
    const status = statusOf(
      figures({
        listing: {
          ...figures().listing,
          largest: { path: '/archive/', bytes: 2_400_000, gzipBytes: 300_000 },
          overLimit: { limitBytes: 100_000, count: 1, examples: ['/archive/'] },
        },
        crawl: { ...figures().crawl, reached: 11_998, unreachable: { count: 1, examples: ['/topics/syria/2/'] } },
      }),
    );
    expect(status['largest HTML page < 100.0 KB']).toBe('FAIL');
    expect(status['every page reachable by links from the home page']).toBe('FAIL');
  });
});

describe('report rows', () => {
  it('show ms per page and the ours/bare ratios in the build table', () => {
    const rows = buildRows([figures()]);
    expect(rows[1]).toEqual([
      '10,000',
      '120.0 s',
      '12,000',
      '10 ms',
      '2000 MiB',
      '100.0 s',
      '10,000',
      '10 ms',
      '1500 MiB',
      '×1.20',
      '×1.00',
      '150.0 s',
      '×0.80',
    ]);
    expect(rows[0]!.slice(-2)).toEqual(['bare Astro build, unified', 'ours/bare-unified time']);
  });

  it('say inlined CSS is inlined, and name no scripts when none load', () => {
    const row = pageWeightRows([figures()])[2]!;
    expect(row[1]).toBe('article /articles/a/');
    expect(row[3]).toBe('inlined (12.0 KB raw)');
    expect(row[9]).toBe('none');
  });

  it('list the unreachable pages in the scale lines', () => {
    const lines = scaleLines([
      figures({ crawl: { ...figures().crawl, reached: 11_997, unreachable: { count: 2, examples: ['/a/', '/b/'] } } }),
    ]);
    expect(lines[1]).toContain('11,997 of 11,999 pages reachable by links from the home page; 2 unreachable (/a/ /b/)');
  });
});
