/**
 * When each article was published: the original outlet's day where the record has it, and the republication day,
 * in date order, with the geometry of the chart drawn from them at build time. Pure functions.
 */
import { collator } from '../../shared/collator';
import { monthName } from '../../shared/months';

export interface PublishedArticle {
  slug: string;
  title: string;
  publisher: { name: string; slug: string; date: string };
  original?: { name: string; slug: string; date?: string | undefined } | undefined;
}

export interface PublicationEntry extends PublishedArticle {
  /** The earliest day the record gives: the original outlet's when dated, else the republication. */
  first: string;
  /** Whole days from first publication to republication, when both days are recorded. */
  daysBetween?: number;
}

const DAY = 86_400_000;

function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** Oldest first by the earliest recorded day, then by republication day, title and slug. */
export function publicationEntries(articles: readonly PublishedArticle[]): PublicationEntry[] {
  return articles
    .map((article): PublicationEntry => {
      const originalDate = article.original?.date;
      return {
        ...article,
        first: originalDate ?? article.publisher.date,
        ...(originalDate ? { daysBetween: daysFrom(originalDate, article.publisher.date) } : {}),
      };
    })
    .sort(
      (a, b) =>
        a.first.localeCompare(b.first) ||
        a.publisher.date.localeCompare(b.publisher.date) ||
        collator.compare(a.title, b.title) ||
        (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0),
    );
}

/**
 * Above this many articles the chart and list give months and counts instead of one line per article. Each line
 * takes about 0.8 kB, and /timeline/ may also hold up to EVENTS_ON_TIMELINE mentions, so the page stays under 100 kB.
 */
export const ARTICLES_ON_CHART = 40;

export interface PublicationMonth {
  /** 2016-12 */
  key: string;
  label: string;
  count: number;
}

/** Republications per month, oldest first: the summary shown when there are too many articles to list. */
export function publicationMonths(entries: readonly PublicationEntry[]): PublicationMonth[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    const key = entry.publisher.date.slice(0, 7);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, count]) => ({ key, label: `${monthName(Number(key.slice(5, 7)))} ${key.slice(0, 4)}`, count }));
}

export interface ChartTick {
  iso: string;
  label: string;
  /** Percent of the chart's width. */
  x: number;
  /** Minor ticks are left out on narrow screens, where their labels would collide. */
  major: boolean;
  anchor: 'start' | 'middle' | 'end';
}

export interface ChartLayout {
  from: string;
  to: string;
  /** Where a day sits, in percent of the chart's width. */
  x: (iso: string) => number;
  ticks: ChartTick[];
}

/** Room at the start for the line numbers, and at the end for the last label. */
export const CHART_START = 8;
export const CHART_END = 96;

const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const SHORT_WITH_YEAR = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** An axis over the days given, with at most `maxTicks` labelled days spread evenly along it. */
export function chartLayout(days: readonly string[], maxTicks = 5): ChartLayout {
  const sorted = [...days].sort();
  const from = sorted[0];
  const to = sorted.at(-1);
  if (!from || !to) throw new Error('chartLayout needs at least one day');
  const span = daysFrom(from, to);
  const width = CHART_END - CHART_START;
  const x = (iso: string) =>
    Math.round((span === 0 ? CHART_START + width / 2 : CHART_START + (daysFrom(from, iso) / span) * width) * 100) / 100;
  const format = from.slice(0, 4) === to.slice(0, 4) ? SHORT : SHORT_WITH_YEAR;
  const count = Math.min(maxTicks, span + 1);
  const offsets = [
    ...new Set(Array.from({ length: count }, (_, i) => (count === 1 ? 0 : Math.round((i * span) / (count - 1))))),
  ];
  const ticks = offsets.map((offset, index): ChartTick => {
    const iso = new Date(Date.parse(`${from}T00:00:00Z`) + offset * DAY).toISOString().slice(0, 10);
    const last = index === offsets.length - 1;
    return {
      iso,
      label: format.format(new Date(`${iso}T00:00:00Z`)),
      x: x(iso),
      major: index % 2 === 0 || last,
      anchor: offsets.length === 1 ? 'middle' : index === 0 ? 'start' : last ? 'end' : 'middle',
    };
  });
  return { from, to, x, ticks };
}
