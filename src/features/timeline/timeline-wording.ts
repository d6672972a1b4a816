/** The timeline's English: a date at its precision, and how a date not written in full was worked out. */
import { formatIsoDate } from '../../shared/dates';
import { monthName } from '../../shared/months';
import type { DateReading } from './date-reading';
import type { EventMention, ReferenceDate } from './event-mentions';

const SHORT_DAY = new Intl.DateTimeFormat('en-GB', { day: 'numeric', timeZone: 'UTC' });
const DAY_MONTH = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/**
 * "13 December 2016", "the week of 5–11 December 2016", "December 2016", "2016". Not Intl's formatRange, which puts
 * thin spaces around the dash where the pages have plain ones.
 */
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
