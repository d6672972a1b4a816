/**
 * Dates as the publisher writes them: "December 28, 2016", "27 December 2016", "Dec. 28, 2016". chrono-node reads
 * them; the shape below says which forms count, so that a header line in another form is never taken for a date.
 */
import { strict } from 'chrono-node/en';
import { MONTH_WORD } from './months';

const MONTH = `(?:${MONTH_WORD})\\.?`;

/** A date in one of the publisher's forms, real day or not: "February 30, 2016" has the shape. */
export const DATE_IN_TEXT = new RegExp(`${MONTH}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}`, 'i');

const WHOLE_DATE = new RegExp(`^(?:${DATE_IN_TEXT.source})$`, 'i');

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The ISO day a date in one of the publisher's forms gives; null for another form or a day the calendar lacks. */
export function parseEnglishDate(text: string): string | null {
  const trimmed = text.trim();
  if (!WHOLE_DATE.test(trimmed)) return null;
  // chrono finds no date in a day the calendar lacks, and only part of one it cannot read whole.
  const [found] = strict.parse(trimmed);
  if (found?.text !== trimmed) return null;
  const { start } = found;
  const year = start.get('year');
  const month = start.get('month');
  const day = start.get('day');
  if (year === null || month === null || day === null) return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}
