/**
 * The event timeline cut into pages as the collection grows: on /timeline/ itself while it is small, else one page
 * per year, a very large year one per month, and a long year or month over several pages.
 */
import type { ArticleMentions, DateGroup, MonthOfEvents, YearOfEvents } from './event-groups';

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
