import { describe, expect, it } from 'vitest';
import {
  commonestSlugWord,
  consoleReport,
  failingAudits,
  markdown,
  median,
  readRun,
  summarisePage,
  type LighthouseReport,
  type LighthouseResult,
} from './lighthouse-report';

/** A Lighthouse result cut down to what the report reads, with the given category scores (0–1). */
function result(scores: { performance: number; accessibility?: number; cls?: number }): LighthouseResult {
  const cls = scores.cls ?? 1;
  return {
    lighthouseVersion: '13.5.0',
    categories: {
      performance: {
        score: scores.performance,
        auditRefs: [
          { id: 'cumulative-layout-shift', weight: 25 },
          { id: 'largest-contentful-paint', weight: 25 },
          { id: 'cls-culprits-insight', weight: 0 },
          { id: 'diagnostics', weight: 0 },
        ],
      },
      accessibility: {
        score: scores.accessibility ?? 1,
        auditRefs: [
          { id: 'color-contrast', weight: 7 },
          { id: 'video-caption', weight: 10 },
        ],
      },
      'best-practices': { score: 1, auditRefs: [] },
      seo: { score: null, auditRefs: [] },
    },
    audits: {
      'cumulative-layout-shift': {
        title: 'Cumulative Layout Shift',
        score: cls,
        scoreDisplayMode: 'numeric',
        displayValue: cls < 1 ? '0.228' : '0',
      },
      'largest-contentful-paint': { title: 'Largest Contentful Paint', score: 1, scoreDisplayMode: 'numeric' },
      'cls-culprits-insight': {
        title: 'Layout shift culprits',
        score: cls < 1 ? 0 : 1,
        scoreDisplayMode: 'metricSavings',
      },
      diagnostics: { title: 'Diagnostics', score: null, scoreDisplayMode: 'informative' },
      'color-contrast': {
        title: 'Background and foreground colors have a sufficient contrast ratio',
        score: scores.accessibility === undefined || scores.accessibility === 1 ? 1 : 0,
        scoreDisplayMode: 'binary',
      },
      'video-caption': { title: 'Videos have captions', score: null, scoreDisplayMode: 'notApplicable' },
    },
  };
}

describe('readRun', () => {
  it('gives each category as a score out of 100, and none where Lighthouse gave none', () => {
    expect(readRun(result({ performance: 0.894, accessibility: 0.96 })).scores).toEqual({
      performance: 89,
      accessibility: 96,
      'best-practices': 100,
      seo: null,
    });
  });

  it('carries the runtime error Lighthouse reported', () => {
    const run = readRun({ ...result({ performance: 1 }), runtimeError: { code: 'NO_FCP', message: 'no paint' } });
    expect(run.runtimeError).toBe('NO_FCP: no paint');
  });
});

describe('failingAudits', () => {
  it('lists the scored audits under a full score, the costliest first, and skips those without a verdict', () => {
    const failing = failingAudits(result({ performance: 0.89, cls: 0.55 }), 'performance');
    expect(failing.map((audit) => [audit.title, audit.score, audit.weight])).toEqual([
      ['Cumulative Layout Shift', 55, 25],
      ['Layout shift culprits', 0, 0],
    ]);
    expect(failing[0]!.displayValue).toBe('0.228');
  });

  it('is empty for a category with every audit passed', () => {
    expect(failingAudits(result({ performance: 1 }), 'performance')).toEqual([]);
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle values', () => {
    expect(median([100, 89, 95])).toBe(95);
    expect(median([100, 98])).toBe(99);
    expect(median([])).toBeNull();
  });
});

describe('summarisePage', () => {
  it('reports the median per category and explains it with the failures of the run that scored it', () => {
    const runs = [
      readRun(result({ performance: 0.9, cls: 0.6 })),
      readRun(result({ performance: 1 })),
      readRun(result({ performance: 0.95, cls: 0.8 })),
    ];
    const page = summarisePage('search', '/search/?q=word', runs);
    expect(page.scores.performance).toBe(95);
    expect(page.failing.performance?.[0]).toMatchObject({ title: 'Cumulative Layout Shift', score: 80 });
    expect(page.failing.accessibility).toBeUndefined();
    expect(page.scores.seo).toBeNull();
  });
});

describe('the printed report', () => {
  const report: LighthouseReport = {
    runId: '2026-11-21T1500Z',
    startedAt: '2026-11-21T15:00:00.000Z',
    lighthouseVersion: '13.5.0',
    runsPerPage: 1,
    settings: 'mobile emulation, simulate throttling',
    environment: { node: 'v24' },
    pages: [
      summarisePage('home', '/', [readRun(result({ performance: 1 }))]),
      summarisePage('article', '/articles/a/', [readRun(result({ performance: 1, accessibility: 0.93 }))]),
    ],
  };

  it('shows a row of four scores per page', () => {
    const table = consoleReport(report).split('\n');
    expect(table[0]).toMatch(/^Page\s+Performance\s+Accessibility\s+Best practices\s+SEO$/);
    expect(table[2]).toMatch(/^home \/\s+100\s+100\s+100\s+–$/);
    expect(table[3]).toMatch(/^article \/articles\/a\/\s+100\s+93\s+100\s+–$/);
  });

  it('names the failing audits of a category under 100, and only those', () => {
    const text = consoleReport(report);
    expect(text).toContain('article /articles/a/: Accessibility 93');
    expect(text).toContain('0  Background and foreground colors have a sufficient contrast ratio (weight 7)');
    expect(text).not.toContain('home /:');
  });

  it('writes the same figures as Markdown', () => {
    const md = markdown(report);
    expect(md).toContain('| article /articles/a/ | 100 | 93 | 100 | – |');
    expect(md).toContain('Lighthouse 13.5.0');
  });
});

describe('commonestSlugWord', () => {
  it('picks the word most article slugs share', () => {
    expect(
      commonestSlugWord(['siege-of-aleppo-ends', 'aleppo-liberated', 'the-siege-and-the-city-of-aleppo', 'other-news']),
    ).toBe('aleppo');
  });

  it('ignores short words and numbers, and breaks ties alphabetically', () => {
    expect(commonestSlugWord(['of-the-2016-bravo', 'of-the-2016-alpha'])).toBe('alpha');
    expect(commonestSlugWord([])).toBeUndefined();
  });
});
