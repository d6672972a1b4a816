/**
 * The events the articles mention, laid on one timeline: mentions grouped by year, month and date, so that what
 * several articles say about the same day sits side by side.
 */
import { collator } from '../../shared/collator';
import { monthName } from '../../shared/months';
import type { DatePrecision, DateReading } from './date-reading';
import type { DateResolution } from './dated-mentions';
import type { ArticleRef, EventMention, ReferenceDate } from './event-mentions';

/** One article's mentions of one date. */
export interface ArticleMentions {
  article: ArticleRef;
  referenceDate: ReferenceDate;
  mentions: EventMention[];
}

/** Everything the articles say about one date (a day, a week, a month or a year). */
export interface DateGroup extends DateReading {
  /** Articles by publication day, then title; each article's mentions in reading order. */
  articles: ArticleMentions[];
  mentionCount: number;
  /** How its mentions were read: more than one kind means a stated date sits beside dates worked out. */
  resolutions: DateResolution[];
  /**
   * Set on a date whose mentions run over more than one page: `articles` and `mentionCount` are then this page's
   * part, and these the whole date's, with whether the part is preceded or followed by another.
   */
  split?: { continued: boolean; continues: boolean; articleCount: number; mentionCount: number };
}

export interface MonthOfEvents {
  /** 2016-12 */
  key: string;
  year: number;
  month: number;
  label: string;
  /** Mentions of the month as a whole first, then weeks and days in order. */
  groups: DateGroup[];
  mentionCount: number;
}

export interface YearOfEvents {
  year: number;
  /** Mentions of the year as a whole ("in 2012"). */
  wholeYear?: DateGroup;
  months: MonthOfEvents[];
  mentionCount: number;
}

const PRECISION_ORDER: Record<DatePrecision, number> = { year: 0, month: 1, week: 2, day: 3 };

function compareArticles(a: ArticleMentions, b: ArticleMentions): number {
  return (
    (a.referenceDate.date < b.referenceDate.date ? -1 : a.referenceDate.date > b.referenceDate.date ? 1 : 0) ||
    collator.compare(a.article.title, b.article.title) ||
    (a.article.slug < b.article.slug ? -1 : a.article.slug > b.article.slug ? 1 : 0)
  );
}

function compareGroups(a: DateGroup, b: DateGroup): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  return PRECISION_ORDER[a.precision] - PRECISION_ORDER[b.precision];
}

function toGroup(mentions: readonly EventMention[]): DateGroup {
  const first = mentions[0]!;
  const byArticle = new Map<string, ArticleMentions>();
  for (const mention of mentions) {
    let entry = byArticle.get(mention.article.slug);
    if (!entry) {
      entry = { article: mention.article, referenceDate: mention.referenceDate, mentions: [] };
      byArticle.set(mention.article.slug, entry);
    }
    entry.mentions.push(mention);
  }
  const resolutions = (['stated', 'year-inferred', 'relative'] as const).filter((resolution) =>
    mentions.some((mention) => mention.resolution === resolution),
  );
  return {
    key: first.key,
    precision: first.precision,
    start: first.start,
    end: first.end,
    articles: [...byArticle.values()].sort(compareArticles),
    mentionCount: mentions.length,
    resolutions,
  };
}

/** Years oldest first (a timeline reads forward); in each, its months, and in each month its weeks and days. */
export function groupEvents(mentions: readonly EventMention[]): YearOfEvents[] {
  const byKey = new Map<string, EventMention[]>();
  for (const mention of mentions) {
    const list = byKey.get(mention.key) ?? [];
    list.push(mention);
    byKey.set(mention.key, list);
  }
  const years = new Map<number, YearOfEvents>();
  for (const group of [...byKey.values()].map(toGroup).sort(compareGroups)) {
    const year = Number(group.start.slice(0, 4));
    let yearEntry = years.get(year);
    if (!yearEntry) {
      yearEntry = { year, months: [], mentionCount: 0 };
      years.set(year, yearEntry);
    }
    yearEntry.mentionCount += group.mentionCount;
    if (group.precision === 'year') {
      yearEntry.wholeYear = group;
      continue;
    }
    const month = Number(group.start.slice(5, 7));
    let monthEntry = yearEntry.months.at(-1);
    if (!monthEntry || monthEntry.month !== month) {
      monthEntry = {
        key: group.start.slice(0, 7),
        year,
        month,
        label: `${monthName(month)} ${year}`,
        groups: [],
        mentionCount: 0,
      };
      yearEntry.months.push(monthEntry);
    }
    monthEntry.groups.push(group);
    monthEntry.mentionCount += group.mentionCount;
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** Every mention a page of years holds, in order. */
export function mentionsIn(years: readonly YearOfEvents[]): EventMention[] {
  return years
    .flatMap((year) => [...(year.wholeYear ? [year.wholeYear] : []), ...year.months.flatMap((month) => month.groups)])
    .flatMap((group) => group.articles.flatMap((entry) => entry.mentions));
}
