import { textTable } from './report';

/**
 * Reads Lighthouse results (the JSON "LHR" its CLI writes) into the figures `npm run lighthouse` reports: the four
 * category scores per page as 0–100, the median over runs, and the audits that kept a category under 100.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

const CATEGORY_LABELS: Record<CategoryId, string> = {
  performance: 'Performance',
  accessibility: 'Accessibility',
  'best-practices': 'Best practices',
  seo: 'SEO',
};

/** The parts of a Lighthouse result this report reads. */
export interface LighthouseResult {
  lighthouseVersion: string;
  requestedUrl?: string;
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  environment?: { hostUserAgent?: string; benchmarkIndex?: number };
  configSettings?: { formFactor?: string; throttlingMethod?: string };
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
  audits: Record<
    string,
    { title: string; score: number | null; scoreDisplayMode: string; displayValue?: string } | undefined
  >;
}

export interface FailingAudit {
  id: string;
  title: string;
  /** 0–100. */
  score: number;
  /** The audit's weight in its category's score; 0 for audits that only advise (Lighthouse's "insights"). */
  weight: number;
  displayValue?: string;
}

export type Scores = Record<CategoryId, number | null>;

export interface PageRun {
  /** 0–100 per category; null when Lighthouse could not score it. */
  scores: Scores;
  failing: Record<CategoryId, FailingAudit[]>;
  runtimeError?: string;
  warnings: string[];
}

export interface PageSummary {
  label: string;
  path: string;
  /** Median of the runs per category. */
  scores: Scores;
  /** For each category under 100: the failing audits of the run that scored the median. */
  failing: Partial<Record<CategoryId, FailingAudit[]>>;
  runs: PageRun[];
}

/** Audit kinds that pass or fail; the rest (informative, manual, not applicable) carry no verdict. */
const SCORED_MODES = new Set(['binary', 'numeric', 'metricSavings']);

export function readRun(result: LighthouseResult): PageRun {
  const scores = {} as Scores;
  const failing = {} as Record<CategoryId, FailingAudit[]>;
  for (const id of CATEGORIES) {
    const score = result.categories[id]?.score;
    scores[id] = score === null || score === undefined ? null : Math.round(score * 100);
    failing[id] = failingAudits(result, id);
  }
  return {
    scores,
    failing,
    ...(result.runtimeError ? { runtimeError: `${result.runtimeError.code}: ${result.runtimeError.message}` } : {}),
    warnings: result.runWarnings ?? [],
  };
}

/** The category's scored audits below a full score, those that cost the most points first. */
export function failingAudits(result: LighthouseResult, category: CategoryId): FailingAudit[] {
  const failing: FailingAudit[] = [];
  for (const ref of result.categories[category]?.auditRefs ?? []) {
    const audit = result.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1 || !SCORED_MODES.has(audit.scoreDisplayMode)) continue;
    failing.push({
      id: ref.id,
      title: audit.title,
      score: Math.round(audit.score * 100),
      weight: ref.weight,
      ...(audit.displayValue ? { displayValue: audit.displayValue } : {}),
    });
  }
  return failing.sort((a, b) => b.weight * (100 - b.score) - a.weight * (100 - a.score) || a.score - b.score);
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function summarisePage(label: string, path: string, runs: PageRun[]): PageSummary {
  const scores = {} as Scores;
  const failing: PageSummary['failing'] = {};
  for (const id of CATEGORIES) {
    const scored = runs.filter((run) => run.scores[id] !== null);
    const middle = median(scored.map((run) => run.scores[id]!));
    scores[id] = middle;
    if (middle === null || middle >= 100) continue;
    // The run closest to the median explains it; on a tie, the lower-scoring run, whose failures are the fuller list.
    const representative = [...scored].sort(
      (a, b) => Math.abs(a.scores[id]! - middle) - Math.abs(b.scores[id]! - middle) || a.scores[id]! - b.scores[id]!,
    )[0]!;
    failing[id] = representative.failing[id];
  }
  return { label, path, scores, failing, runs };
}

const formatScore = (score: number | null) => (score === null ? '–' : String(score));

export function scoreRows(pages: PageSummary[]): string[][] {
  return [
    ['Page', ...CATEGORIES.map((id) => CATEGORY_LABELS[id])],
    ...pages.map((page) => [`${page.label} ${page.path}`, ...CATEGORIES.map((id) => formatScore(page.scores[id]))]),
  ];
}

/** One line per failing audit of every category under 100, grouped by page and category. */
export function failingLines(pages: PageSummary[]): string[] {
  const lines: string[] = [];
  for (const page of pages) {
    for (const id of CATEGORIES) {
      const audits = page.failing[id];
      if (!audits) continue;
      lines.push(`${page.label} ${page.path}: ${CATEGORY_LABELS[id]} ${formatScore(page.scores[id])}`);
      if (audits.length === 0) lines.push('  (no single audit failed)');
      for (const audit of audits) {
        const detail = [audit.displayValue, audit.weight === 0 ? 'advice only, not scored' : `weight ${audit.weight}`]
          .filter(Boolean)
          .join('; ');
        lines.push(`  ${String(audit.score).padStart(3)}  ${audit.title} (${detail})`);
      }
    }
  }
  return lines;
}

/**
 * A word to search for that finds articles whatever the collection: the word (four letters or more) in the most
 * article slugs, alphabetically first on a tie.
 */
export function commonestSlugWord(slugs: string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const slug of slugs) {
    for (const word of new Set(slug.split('-').filter((part) => part.length >= 4 && !/^\d+$/.test(part)))) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  return [...counts].sort(([a, countA], [b, countB]) => countB - countA || a.localeCompare(b))[0]?.[0];
}

export interface LighthouseReport {
  runId: string;
  startedAt: string;
  lighthouseVersion: string;
  runsPerPage: number;
  settings: string;
  environment: Record<string, string | number>;
  pages: PageSummary[];
}

function markdownTable(rows: string[][]): string {
  const line = (row: string[]) => `| ${row.join(' | ')} |`;
  return [line(rows[0]!), line(rows[0]!.map(() => '---')), ...rows.slice(1).map(line)].join('\n');
}

export function markdown(report: LighthouseReport): string {
  const failing = failingLines(report.pages);
  return `# Lighthouse

Run \`${report.runId}\`, started ${report.startedAt}; Lighthouse ${report.lighthouseVersion}, ${report.settings}.
Produced by \`npm run lighthouse\` (bench/lighthouse.ts); figures in \`lighthouse-${report.runId}.json\`.
Scores are 0–100${report.runsPerPage > 1 ? `, the median of ${report.runsPerPage} runs per page` : ', one run per page'}. They vary between runs and machines: a reported figure, not a test.

${markdownTable(scoreRows(report.pages))}

## Failing audits

${failing.length > 0 ? `\`\`\`\n${failing.join('\n')}\n\`\`\`` : 'None: every category scored 100.'}

## Environment

${Object.entries(report.environment)
  .map(([key, value]) => `- ${key}: ${value}`)
  .join('\n')}
`;
}

export function consoleReport(report: LighthouseReport): string {
  const failing = failingLines(report.pages);
  return `${textTable(scoreRows(report.pages))}\n${failing.length > 0 ? `\nFailing audits:\n${failing.join('\n')}\n` : ''}`;
}

export function runId(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace(/:/g, '')}Z`;
}
