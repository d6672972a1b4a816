/**
 * The events the articles mention, laid on one timeline: each article's dated mentions read against the day it was
 * published, grouped by year, month and day, so that what several articles say about the same day sits side by side.
 * Pure functions over plain article records, so pages and vitest share them.
 */
import type { DatePrecision, DateReading } from './date-reading';
import { datedMentions, type DatedMention, type DateResolution } from './dated-mentions';
import { formatIsoDate } from '../../shared/dates';
import { monthName } from '../../shared/months';
import { listPageUrl } from '../../shared/pagination';
import { articleUrl } from '../../shared/urls';

/** What the timeline needs of an article. */
export interface TimelineArticle {
  slug: string;
  title: string;
  publisher: { name: string; date: string };
  original?: { name: string; date?: string | undefined } | undefined;
  /** The body's paragraphs with the anchors the article page gives them. */
  paragraphs: readonly { id: string; text: string }[];
}

/** The publication day a date not written in full is worked out from, and which publication it is. */
export interface ReferenceDate {
  date: string;
  basis: 'original' | 'republication';
  /** The outlet that published on that day. */
  outlet: string;
  /** For a republication day: the original outlet whose own date is not recorded. */
  undatedOriginal?: string;
}

export interface ArticleRef {
  slug: string;
  title: string;
}

export interface EventMention extends DatedMention {
  article: ArticleRef;
  referenceDate: ReferenceDate;
  /** The paragraph the mention sits in: /articles/<slug>/#p12. */
  href: string;
  /** Where the other publication day would put a date counted from publication, when that differs. */
  otherReading?: { referenceDate: ReferenceDate; reading: DateReading };
}

/** The original outlet's day when the record has it, since the text was written for that day; else the republication. */
export function referenceDateOf(article: Pick<TimelineArticle, 'publisher' | 'original'>): ReferenceDate {
  const { original, publisher } = article;
  if (original?.date) return { date: original.date, basis: 'original', outlet: original.name };
  return {
    date: publisher.date,
    basis: 'republication',
    outlet: publisher.name,
    ...(original ? { undatedOriginal: original.name } : {}),
  };
}

/** The other publication day, when an article has two different ones. */
function otherReferenceDateOf(article: TimelineArticle, referenceDate: ReferenceDate): ReferenceDate | null {
  if (referenceDate.basis !== 'original' || article.publisher.date === referenceDate.date) return null;
  return { date: article.publisher.date, basis: 'republication', outlet: article.publisher.name };
}

const occurrenceKey = (mention: DatedMention, nth: number) =>
  `${mention.paragraphId}\u0000${mention.phrase}\u0000${nth}`;

function keyed(mentions: readonly DatedMention[]): Map<string, DatedMention> {
  const seen = new Map<string, number>();
  const byKey = new Map<string, DatedMention>();
  for (const mention of mentions) {
    const base = occurrenceKey(mention, 0);
    const nth = seen.get(base) ?? 0;
    seen.set(base, nth + 1);
    byKey.set(occurrenceKey(mention, nth), mention);
  }
  return byKey;
}

/** Every dated mention of one article, read against its reference date, with the other day's reading where it differs. */
export function eventMentions(article: TimelineArticle): EventMention[] {
  const { paragraphs } = article;
  const referenceDate = referenceDateOf(article);
  const mentions = datedMentions(paragraphs, referenceDate.date);
  const other = otherReferenceDateOf(article, referenceDate);
  const needsOther = other && mentions.some((mention) => mention.resolution !== 'stated');
  const otherByKey = needsOther
    ? keyed(
        datedMentions(
          paragraphs.filter((paragraph) =>
            mentions.some((mention) => mention.resolution !== 'stated' && mention.paragraphId === paragraph.id),
          ),
          other.date,
        ),
      )
    : new Map<string, DatedMention>();
  const ref = { slug: article.slug, title: article.title };
  return [...keyed(mentions)].map(([key, mention]) => {
    const alternative = otherByKey.get(key);
    const differs = other && mention.resolution !== 'stated' && alternative && alternative.key !== mention.key;
    return {
      ...mention,
      article: ref,
      referenceDate,
      href: `${articleUrl(article.slug)}#${mention.paragraphId}`,
      ...(differs
        ? {
            otherReading: {
              referenceDate: other,
              reading: {
                key: alternative.key,
                precision: alternative.precision,
                start: alternative.start,
                end: alternative.end,
              },
            },
          }
        : {}),
    };
  });
}

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
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

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

/** The fragment id of a date on a timeline page. */
export function dateGroupId(reading: Pick<DateReading, 'key'>): string {
  return `on-${reading.key}`;
}

const SHORT_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'UTC' });
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "13 December 2016", "the week of 5–11 December 2016", "December 2016", "2016". */
export function readingLabel(reading: Pick<DateReading, 'precision' | 'start' | 'end'>): string {
  const [year, month] = reading.start.split('-').map(Number) as [number, number];
  switch (reading.precision) {
    case 'day':
      return formatIsoDate(reading.start);
    case 'week': {
      const start = new Date(`${reading.start}T00:00:00Z`);
      const first =
        reading.start.slice(0, 7) === reading.end.slice(0, 7)
          ? SHORT_DAY.format(start)
          : reading.start.slice(0, 4) === reading.end.slice(0, 4)
            ? `${DAY_MONTH.format(start)} `
            : `${formatIsoDate(reading.start)} `;
      return `the week of ${first}–${first.endsWith(' ') ? ' ' : ''}${formatIsoDate(reading.end)}`;
    }
    case 'month':
      return `${monthName(month)} ${year}`;
    case 'year':
      return String(year);
  }
}

function referenceDateWords(referenceDate: ReferenceDate): string {
  const { date, basis, outlet, undatedOriginal } = referenceDate;
  const day = formatIsoDate(date);
  if (basis === 'original') return `${day}, when ${outlet} first published it`;
  const undated = undatedOriginal ? ` (${undatedOriginal}’s own date is not recorded)` : '';
  return `${day}, when ${outlet} ${undatedOriginal ? 're' : ''}published it${undated}`;
}

/** How a date that is not written in full was worked out, in words; null for a date the text states in full. */
export function resolutionNote(
  mention: Pick<EventMention, 'resolution' | 'phrase' | 'referenceDate' | 'otherReading'>,
): string | null {
  if (mention.resolution === 'stated') return null;
  const how =
    mention.resolution === 'relative'
      ? `“${mention.phrase}” counted from ${referenceDateWords(mention.referenceDate)}`
      : `“${mention.phrase}”: the year is not written; taken from ${referenceDateWords(mention.referenceDate)}`;
  if (!mention.otherReading) return `${how}.`;
  const { referenceDate, reading } = mention.otherReading;
  return `${how}. Counted from ${formatIsoDate(referenceDate.date)}, when ${referenceDate.outlet} republished it, it would be ${readingLabel(reading)}.`;
}

/** A phrase counted from publication ("today", "last night") and the dates it came to in different articles. */
export interface PhraseReadings {
  /** As first written ("Tuesday", "last week"); phrases are compared ignoring case and a leading "on". */
  phrase: string;
  readings: { reading: DateReading; mentions: EventMention[] }[];
}

/**
 * Each relative phrase with every date it was read as, phrases read as more than one date first: the same words
 * ("today", "Tuesday") mean different days in articles published on different days, and the reader should see so.
 */
export function relativePhraseReadings(mentions: readonly EventMention[]): PhraseReadings[] {
  const byPhrase = new Map<string, PhraseReadings>();
  for (const mention of mentions) {
    if (mention.resolution !== 'relative') continue;
    const shown = mention.phrase.replace(/\s+/g, ' ').replace(/^on /i, '');
    const compared = shown.toLowerCase();
    const entry = byPhrase.get(compared) ?? { phrase: shown, readings: [] };
    let reading = entry.readings.find((candidate) => candidate.reading.key === mention.key);
    if (!reading) {
      reading = {
        reading: { key: mention.key, precision: mention.precision, start: mention.start, end: mention.end },
        mentions: [],
      };
      entry.readings.push(reading);
    }
    reading.mentions.push(mention);
    byPhrase.set(compared, entry);
  }
  return [...byPhrase.values()]
    .map((entry) => ({
      ...entry,
      readings: entry.readings.sort((a, b) => (a.reading.start < b.reading.start ? -1 : 1)),
    }))
    .sort((a, b) => b.readings.length - a.readings.length || collator.compare(a.phrase, b.phrase));
}

/**
 * How many dated mentions one page of the event timeline holds: each takes about 1 to 1.3 kB of HTML with its
 * sentence and how it was read, so a full page stays well under 100 kB.
 */
export const EVENTS_PER_PAGE = 50;

/** /timeline/ also charts every article's publication dates, so it keeps fewer mentions before giving them pages. */
export const EVENTS_ON_TIMELINE = 30;

/**
 * Dates cut into pages of at most `perPage` mentions, in order. A date with more mentions than a page holds runs on
 * over the next pages, each holding a part of it (see DateGroup.split), so no page is ever longer than `perPage`.
 */
export function pageDates(groups: readonly DateGroup[], perPage: number): DateGroup[][] {
  if (perPage < 1) throw new RangeError('a page holds at least one mention');
  const pages: DateGroup[][] = [];
  let page: DateGroup[] = [];
  let room = perPage;
  const turnPage = () => {
    pages.push(page);
    page = [];
    room = perPage;
  };
  for (const group of groups) {
    if (room === 0) turnPage();
    // A date that fits on a page is never cut: it goes whole onto this page or the next.
    if (group.mentionCount > room && group.mentionCount <= perPage) turnPage();
    if (group.mentionCount <= room) {
      page.push(group);
      room -= group.mentionCount;
      continue;
    }
    // Longer than a page: it fills this one and runs on, cut at the mention, each article's mentions in order.
    const parts: ArticleMentions[][] = [[]];
    let partRoom = room;
    for (const entry of group.articles) {
      let rest = entry.mentions;
      while (rest.length > 0) {
        if (partRoom === 0) {
          parts.push([]);
          partRoom = perPage;
        }
        const take = Math.min(partRoom, rest.length);
        parts.at(-1)!.push({ ...entry, mentions: rest.slice(0, take) });
        rest = rest.slice(take);
        partRoom -= take;
      }
    }
    parts.forEach((articles, index) => {
      if (index > 0) turnPage();
      page.push({
        ...group,
        articles,
        mentionCount: articles.reduce((sum, entry) => sum + entry.mentions.length, 0),
        split: {
          continued: index > 0,
          continues: index < parts.length - 1,
          articleCount: group.articles.length,
          mentionCount: group.mentionCount,
        },
      });
    });
    room = partRoom;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/**
 * One page of the event timeline below /timeline/: a year; for a year too large for one page, its mentions of the
 * year as a whole, or one of its months; and any of these, when long, one of several pages.
 */
export interface EventPage {
  kind: 'year' | 'month';
  /** '2016' or '2016-12': with `number`, where the page lives (timelineUrl). */
  key: string;
  label: string;
  /** This page among the pages of its year or month, from 1, and how many there are. */
  number: number;
  lastPage: number;
  /** The year, cut to what this page shows; a month keeps its whole month's count. */
  events: YearOfEvents;
  /** On the pages of a year split by month: its months, each with pages of its own. */
  monthPages: MonthOfEvents[];
}

/** Where the event timeline lives: on /timeline/ itself while it is small, else on pages by year, or by month. */
export interface EventPlan {
  inline: boolean;
  pages: EventPage[];
}

function yearPages(year: YearOfEvents, perPage: number): EventPage[] {
  const key = String(year.year);
  if (year.mentionCount <= perPage) {
    return [{ kind: 'year', key, label: key, number: 1, lastPage: 1, events: year, monthPages: [] }];
  }
  // The year page holds the mentions of the year as a whole (perhaps none) and leads to the months.
  const wholeYear = year.wholeYear ? pageDates([year.wholeYear], perPage) : [[]];
  const pages = wholeYear.map(([part], index): EventPage => ({
    kind: 'year',
    key,
    label: key,
    number: index + 1,
    lastPage: wholeYear.length,
    events: {
      year: year.year,
      ...(part ? { wholeYear: part } : {}),
      months: [],
      mentionCount: year.wholeYear?.mentionCount ?? 0,
    },
    monthPages: year.months,
  }));
  for (const month of year.months) {
    const parts = pageDates(month.groups, perPage);
    parts.forEach((groups, index) =>
      pages.push({
        kind: 'month',
        key: month.key,
        label: month.label,
        number: index + 1,
        lastPage: parts.length,
        events: { year: year.year, months: [{ ...month, groups }], mentionCount: month.mentionCount },
        monthPages: [],
      }),
    );
  }
  return pages;
}

export function planEventPages(
  years: readonly YearOfEvents[],
  perPage = EVENTS_PER_PAGE,
  inlineLimit = EVENTS_ON_TIMELINE,
): EventPlan {
  const total = years.reduce((sum, year) => sum + year.mentionCount, 0);
  if (total <= inlineLimit) return { inline: true, pages: [] };
  return { inline: false, pages: years.flatMap((year) => yearPages(year, perPage)) };
}

/** /timeline/, /timeline/2016/, /timeline/2016-12/, and a further page of either: /timeline/2016-12/2/ */
export function timelineUrl(key?: string, page = 1): string {
  return key === undefined ? '/timeline/' : listPageUrl(`/timeline/${key}/`, page);
}

/** Every mention a page of years holds, in order. */
export function mentionsIn(years: readonly YearOfEvents[]): EventMention[] {
  return years
    .flatMap((year) => [...(year.wholeYear ? [year.wholeYear] : []), ...year.months.flatMap((month) => month.groups)])
    .flatMap((group) => group.articles.flatMap((entry) => entry.mentions));
}
