const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?';
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?![\d])/;
const BASIC_DAY = /^(\d{4})(\d{2})(\d{2})(?:T|$)/;
const DAY_MONTH_YEAR = new RegExp(`^(?:[a-z]+,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i');
const MONTH_DAY_YEAR = new RegExp(`^(?:[a-z]+,?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i');
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * The calendar day a date string states, as YYYY-MM-DD. The day is read as written, never moved to another time
 * zone: "2016-12-03T23:30:00-05:00" was published on 3 December where it was published. Strings that name no day
 * plainly (relative dates, numeric day/month orders that could be read two ways) give undefined.
 */
export function calendarDay(value: string | undefined): string | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const numeric = ISO_DAY.exec(text) ?? BASIC_DAY.exec(text);
  if (numeric) return validDay(Number(numeric[1]), Number(numeric[2]), Number(numeric[3]));
  const dayFirst = DAY_MONTH_YEAR.exec(text);
  if (dayFirst) return validDay(Number(dayFirst[3]), monthNumber(dayFirst[2]!), Number(dayFirst[1]));
  const monthFirst = MONTH_DAY_YEAR.exec(text);
  if (monthFirst) return validDay(Number(monthFirst[3]), monthNumber(monthFirst[1]!), Number(monthFirst[2]));
  return undefined;
}

/** The string itself when it is an ISO 8601 timestamp with a time of day; a bare day is not a timestamp. */
export function isoTimestamp(value: string | undefined): string | undefined {
  const text = value?.trim();
  return text && ISO_TIMESTAMP.test(text) && calendarDay(text) ? text : undefined;
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

function validDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
