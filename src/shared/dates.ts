import { MONTH_NAMES, MONTH_WORD } from './months';

const MONTH_PATTERN = `(${MONTH_WORD})\\.?`;

/** "December 28, 2016" */
const MONTH_DAY_YEAR = new RegExp(`^${MONTH_PATTERN}\\s+(\\d{1,2}),?\\s+(\\d{4})$`, 'i');
/** "27 December 2016" */
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})\\s+${MONTH_PATTERN},?\\s+(\\d{4})$`, 'i');

export const DATE_IN_TEXT = new RegExp(
  `${MONTH_PATTERN}\\s+\\d{1,2},?\\s+\\d{4}|\\d{1,2}\\s+${MONTH_PATTERN},?\\s+\\d{4}`,
  'i',
);

function monthNumber(name: string): number {
  const prefix = name.toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((month) => month.toLowerCase().startsWith(prefix)) + 1;
}

/** Parses the English date forms the publisher uses; returns an ISO date or null if it is not a real day. */
export function parseEnglishDate(text: string): string | null {
  const trimmed = text.trim();
  let parts: { year: number; month: number; day: number } | null = null;
  const mdy = MONTH_DAY_YEAR.exec(trimmed);
  if (mdy) parts = { month: monthNumber(mdy[1]!), day: Number(mdy[2]), year: Number(mdy[3]) };
  const dmy = DAY_MONTH_YEAR.exec(trimmed);
  if (dmy) parts = { day: Number(dmy[1]), month: monthNumber(dmy[2]!), year: Number(dmy[3]) };
  if (!parts) return null;
  return isoDate(parts.year, parts.month, parts.day);
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return date.toISOString().slice(0, 10);
}

const DISPLAY_FORMAT = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2016-12-28" → "28 December 2016", unambiguous for readers on either side of the Atlantic. */
export function formatIsoDate(iso: string): string {
  return DISPLAY_FORMAT.format(new Date(`${iso}T00:00:00Z`));
}
