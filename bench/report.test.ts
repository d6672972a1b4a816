import { describe, expect, it } from 'vitest';
import type { EngineFigures } from './measure-search';
import { evaluateNameFinding, evaluateTargets, searchRows, type RunReport, type SizeFigures } from './report';

const run = (articlesPerSecond: number) => ({
  n: 10_000,
  nameFinding: { wallMs: (10_000 / articlesPerSecond) * 1000, peakRssMiB: 600, articlesPerSecond },
});

describe('evaluateNameFinding', () => {
  it('passes a first run of at least 200 articles a second, and fails a slower one', () => {
    expect(evaluateNameFinding(run(250))[0]).toMatchObject({ status: 'PASS', detail: '250 articles/s (40.0 s)' });
    expect(evaluateNameFinding(run(89))[0]?.status).toBe('FAIL');
  });

  it('skips a run whose names were not measured', () => {
    expect(evaluateNameFinding({ n: 10_000 })[0]?.status).toBe('SKIP');
  });
});

const stats = (p95: number) => ({ count: 50, missed: 0, p50: p95 / 2, p95, max: p95 });
const bytes = (gzip: number) => {
  const none = { raw: 0, gzip: 0, requests: 0 };
  return { js: none, index: none, other: none, total: { raw: gzip * 3, gzip, requests: 4 }, responses: [] };
};

function engine(id: EngineFigures['engine'], p95: number, firstSearchGzip: number): EngineFigures {
  return {
    engine: id,
    label: id === 'ours' ? 'ours' : 'Pagefind',
    cold: { runs: [], medianMs: p95 * 2, bytes: bytes(firstSearchGzip) },
    warm: {
      ...stats(p95),
      markers: stats(p95),
      multiWord: stats(p95),
      requestsPerQuery: 1,
      gzipBytesPerQuery: 2_000,
      slowest: [],
    },
    typoRecall: { tried: 10, found: 10, recall: 1, byKind: {}, misses: [] },
  };
}

const PAGEFIND_FAILED = 'Pagefind could not index 100,000 articles: exit 1 after 240.0 s at 9343 MiB peak RSS';

function size(engines: EngineFigures[], pagefindUnavailable?: string): SizeFigures {
  // evaluateTargets and searchRows read only these; the rest of a size's figures belong to the scale report.
  return {
    n: 100_000,
    engines,
    indexOnDisk: { ours: { files: 900, bytes: 40e6 }, pagefind: pagefindUnavailable ? null : { files: 9, bytes: 1 } },
    pagefindIndexing: { wallMs: 240_000, peakRssMiB: 9_343 },
    ...(pagefindUnavailable ? { pagefindUnavailable } : {}),
  } as SizeFigures;
}

describe('evaluateTargets', () => {
  it('holds our search to Pagefind on the same pages', () => {
    const results = evaluateTargets(size([engine('ours', 30, 180_000), engine('pagefind', 40, 170_000)]));
    expect(results.find((result) => result.target === 'our warm p95 ≤ Pagefind warm p95')).toMatchObject({
      status: 'PASS',
      detail: '30 ms vs 40 ms',
    });
    expect(results.find((result) => result.target.startsWith('our first-search download'))).toMatchObject({
      status: 'FAIL',
      detail: '180.0 KB vs 170.0 KB',
    });
  });

  it("skips only the comparisons when Pagefind could not index the site, showing our figure and Pagefind's failure", () => {
    const results = evaluateTargets(size([engine('ours', 30, 180_000)], PAGEFIND_FAILED));
    const byTarget = new Map(results.map((result) => [result.target, result]));
    expect(byTarget.get('our warm p95 ≤ Pagefind warm p95')).toMatchObject({
      status: 'SKIP',
      detail: `ours p95 30 ms; ${PAGEFIND_FAILED}`,
    });
    expect(byTarget.get("our first-search download ≤ Pagefind's (gzipped)")).toMatchObject({
      status: 'SKIP',
      detail: `ours 180.0 KB; ${PAGEFIND_FAILED}`,
    });
    expect(byTarget.get('our warm p95 ≤ 50 ms')?.status).toBe('PASS');
    expect(byTarget.get('our typo recall (top 10) = 100%')?.status).toBe('PASS');
  });
});

describe('searchRows', () => {
  it('lists an engine that could not be measured, with the reason', () => {
    const report = { sizes: [size([engine('ours', 30, 180_000)], PAGEFIND_FAILED)] } as unknown as RunReport;
    const rows = searchRows(report);
    expect(rows.map((row) => row[1])).toEqual(['engine', 'ours', 'Pagefind']);
    expect(rows.at(-1)?.[2]).toBe(`not measured: ${PAGEFIND_FAILED}`);
  });
});
