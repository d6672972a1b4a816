/**
 * A calendar date at the precision a text gives it (a day, an ISO week, a month or a year), with the days it covers.
 * date-fns does the calendar: it works on this machine's clock, so days are made and printed in local time alike.
 */
import { endOfISOWeek, format, lastDayOfMonth, parseISO, startOfISOWeek } from 'date-fns';

export type DatePrecision = 'day' | 'week' | 'month' | 'year';

export interface DateReading {
  /** A valid HTML date string at the precision: 2016-12-22, 2016-W49, 2016-12 or 2016. */
  key: string;
  precision: DatePrecision;
  /** First and last day covered, ISO. */
  start: string;
  end: string;
}

const ISO_DAY = 'yyyy-MM-dd';

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function isoDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** The ISO week (Monday to Sunday) that holds a day, as an HTML week string and its first and last day. */
export function isoWeekOf(iso: string): DateReading {
  const day = parseISO(iso);
  return {
    // RRRR is the ISO week-numbering year, the one that holds the week's Thursday; II the week in it.
    key: format(day, "RRRR-'W'II"),
    precision: 'week',
    start: format(startOfISOWeek(day), ISO_DAY),
    end: format(endOfISOWeek(day), ISO_DAY),
  };
}

/** The date a set of components names, at a given precision. */
export function readingAt(precision: DatePrecision, year: number, month = 1, day = 1): DateReading {
  switch (precision) {
    case 'day': {
      const iso = isoDay(year, month, day);
      return { key: iso, precision, start: iso, end: iso };
    }
    case 'week':
      return isoWeekOf(isoDay(year, month, day));
    case 'month': {
      const start = isoDay(year, month, 1);
      return {
        key: start.slice(0, 7),
        precision,
        start,
        end: format(lastDayOfMonth(parseISO(start)), ISO_DAY),
      };
    }
    case 'year':
      return { key: pad(year, 4), precision, start: isoDay(year, 1, 1), end: isoDay(year, 12, 31) };
  }
}
