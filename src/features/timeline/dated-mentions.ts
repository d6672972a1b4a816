/**
 * The dates an article's text mentions ("On Dec 22", "July 19, 2012", "last night", "in 2012"), each read with
 * chrono-node against the day the article was published, at the precision the text gives and no finer.
 *
 * Pure: paragraphs and a reference date in, mentions out. chrono finds candidates; the rules below keep only those that
 * name a point in time the publication day can fix, and drop what chrono reads as a date but the text does not mean
 * as one (see DROP_RULES).
 */
import type { ParsingContext } from 'chrono-node';
import { casual, type ParsedResult, type Parser } from 'chrono-node/en';
import { MONTH_NAMES, MONTH_WORD, monthNumber } from '../../shared/months';
import { sentenceAt } from '../../shared/sentences';
import { readingAt, type DatePrecision, type DateReading } from './date-reading';

/**
 * How the text gives the date: in full; a day and month whose year was taken from the publication date; or relative
 * to the publication date ("yesterday", "Tuesday", "last month").
 */
export type DateResolution = 'stated' | 'year-inferred' | 'relative';

export interface DatedMention extends DateReading {
  /** The words that give the date, as written. */
  phrase: string;
  resolution: DateResolution;
  /** The anchor of the paragraph that holds it (p12). */
  paragraphId: string;
  /** The whole sentence that holds it, as the paragraph's plain text gives it. */
  sentence: string;
  /** The sentence split around the phrase, shortened with "…" on either side when very long. */
  quote: { before: string; phrase: string; after: string };
  /** When the phrase spans days ("December 12 to 14"), the last of them. */
  until?: DateReading;
}

export interface ParagraphText {
  id: string;
  text: string;
}

/** What chrono found, before the rules below decide whether it is a date the text means. */
interface Candidate {
  result: ParsedResult;
  /** Up to 24 characters of the paragraph just before the phrase. */
  lead: string;
}

const RELATIVE_MONTH_TAG = 'archive/relative-month-name';
const BARE_YEAR_TAG = 'archive/bare-year';

/** "last July", "next March": chrono reads the month alone and picks the nearest one, which may be this month. */
const relativeMonthName: Parser = {
  pattern: () => new RegExp(`\\b(last|next|this past|this coming)\\s+(${MONTH_NAMES.join('|')})\\b(?![\\s,]+\\d)`, 'i'),
  extract(context: ParsingContext, match: RegExpMatchArray) {
    const month = monthNumber(match[2]!)!;
    const referenceYear = context.refDate.getFullYear();
    const referenceMonth = context.refDate.getMonth() + 1;
    const backwards = /last|past/i.test(match[1]!);
    const year = backwards
      ? month < referenceMonth
        ? referenceYear
        : referenceYear - 1
      : month > referenceMonth
        ? referenceYear
        : referenceYear + 1;
    return context.createParsingComponents({ year, month }).addTag(RELATIVE_MONTH_TAG);
  },
};

const YEAR = '(?:1[89]|20)\\d{2}';

/**
 * "in 2012", "since 2011", "late 2016", "in 2012 and 2016": chrono reads no year standing alone. A number counts as a
 * year only after a word that makes it one, and not before a word that makes it a count ("by 2000 fighters").
 */
const bareYear: Parser = {
  pattern: () =>
    new RegExp(
      `\\b(?:in|since|by|until|till|from|during|throughout|early|mid|late|(?:end|start|beginning|middle|summer|spring|autumn|fall|winter|rest)\\s+of)[\\s-]+(?:(?:early|mid|late)[\\s-]+)?${YEAR}(?:(?:\\s*,\\s*|\\s+and\\s+|\\s+or\\s+)${YEAR})*\\b(?![,.]\\d|[-–]\\d|\\s*(?:%|per\\s?cent|people|civilians|fighters|troops|soldiers|men|women|children|families|refugees|militants|members|dollars|euros))`,
      'i',
    ),
  extract: (context: ParsingContext, match: RegExpMatchArray) =>
    context.createParsingComponents({ year: Number(new RegExp(YEAR).exec(match[0])![0]) }).addTag(BARE_YEAR_TAG),
};

const parser = casual.clone();
parser.parsers.push(relativeMonthName, bareYear);

/** Why a candidate is not kept, in the order the rules are tried. Exported for the tests and the notes. */
export const DROP_RULES: readonly { reason: string; drops: (candidate: Candidate) => boolean }[] = [
  {
    reason: 'a bare number ("21,000") is a count, not a date',
    drops: ({ result }) => !/[a-z/]/i.test(result.text),
  },
  {
    reason: '"now" is the writer’s present, not a dated event',
    drops: ({ result }) => result.tags().has('casualReference/now') || /^(?:right\s+)?now$/i.test(result.text.trim()),
  },
  {
    reason: 'a time with no day ("at 5 pm") dates nothing',
    drops: ({ result }) =>
      !(['year', 'month', 'day', 'weekday'] as const).some((part) => result.start.isCertain(part)) &&
      !isCasualDay(result),
  },
  {
    reason: 'a span of time ("the last four years", "for 20 months") is a duration, not a date',
    drops: ({ result }) =>
      /\b(?:days|weeks|months|years|hours|decades)\b/i.test(result.text) && !/\bago\b/i.test(result.text),
  },
  {
    reason: 'counted from another event ("one month before", "two days later", "the next day"), not from publication',
    drops: ({ result }) => /\b(?:before|after|later|earlier|prior|following|next day)\b/i.test(result.text),
  },
  {
    reason: 'an open bound ("more than a year ago") names no date',
    drops: ({ result, lead }) =>
      /\bago\b/i.test(result.text) && /\b(?:more than|over|at least|less than|under)\s*$/i.test(lead),
  },
  {
    reason: 'a slash date without a year ("9/11", "12/13") is a name or an ambiguous day and month',
    drops: ({ result }) => /\d\/\d/.test(result.text) && !/\d\/\d{1,2}\/\d{2,4}/.test(result.text),
  },
  {
    reason: 'a slash date whose day and month could be either way round ("3/4/2016")',
    drops: ({ result }) => {
      const parts = /(\d{1,2})\/(\d{1,2})\/\d{2,4}/.exec(result.text);
      return parts !== null && Number(parts[1]) <= 12 && Number(parts[2]) <= 12 && parts[1] !== parts[2];
    },
  },
  {
    reason: 'a weekday must be named in full ("Sun", "Wed" are other words too)',
    drops: ({ result }) =>
      isWeekdayOnly(result) && !/\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i.test(result.text),
  },
  {
    reason: 'a month name standing alone ("May", "march") is often another word; it needs a preposition or a year',
    drops: ({ result, lead }) =>
      result.tags().has('parser/ENMonthNameParser') &&
      !result.start.isCertain('year') &&
      !/\b(?:in|since|until|till|by|from|during|of|through|throughout|early|mid|late|before|after)[\s-]*$/i.test(lead),
  },
  {
    reason: 'a phrase that names a month chrono could not fix ("the night of December 12-13") would be misread',
    drops: ({ result }) => monthNameIn(result.text) !== null && !result.start.isCertain('month'),
  },
  {
    reason: 'a month name must be capitalised as one ("march on Aleppo")',
    drops: ({ result }) => {
      const name = monthNameIn(result.text);
      return name !== null && name[0] !== name[0]!.toUpperCase();
    },
  },
];

/**
 * "today", "yesterday", "tonight", "this morning": a day counted from publication. "In the evening" alone is not one:
 * it belongs to whatever day the narrative is on.
 */
function isCasualDay(result: ParsedResult): boolean {
  return [...result.tags()].some(
    (tag) =>
      /^casualReference\/(?:today|yesterday|tomorrow|tonight)$/.test(tag) ||
      (/^casualReference\/(?:morning|afternoon|evening|night|noon|midnight)$/.test(tag) &&
        /^this\b/i.test(result.text)),
  );
}

const MONTH_IN_TEXT = new RegExp(`\\b(?:${MONTH_WORD})\\b`, 'i');

function monthNameIn(text: string): string | null {
  return MONTH_IN_TEXT.exec(text)?.[0] ?? null;
}

function isWeekdayOnly(result: ParsedResult): boolean {
  return result.start.isCertain('weekday') && !result.start.isCertain('day');
}

/** The reason a candidate is dropped, or null when it is kept. */
export function dropReason(result: ParsedResult, lead: string): string | null {
  return DROP_RULES.find((rule) => rule.drops({ result, lead }))?.reason ?? null;
}

/** As precise as the words are: "last week" is a week, "next month" a month, "Tuesday" a day. */
function precisionOf(result: ParsedResult): DatePrecision {
  // Durations are dropped before this, so a unit word here counts back or forward from publication.
  const unit = /\b(week|month|year)s?\b/i.exec(result.text)?.[1]?.toLowerCase();
  if (unit === 'week' || unit === 'month' || unit === 'year') return unit;
  if (result.start.isCertain('day') || isWeekdayOnly(result) || isCasualDay(result)) return 'day';
  if (result.start.isCertain('month')) return 'month';
  return 'year';
}

function resolutionOf(result: ParsedResult, precision: DatePrecision): DateResolution {
  const tags = result.tags();
  const relative =
    tags.has(RELATIVE_MONTH_TAG) ||
    tags.has('result/relativeDate') ||
    isCasualDay(result) ||
    [...tags].some((tag) => tag.startsWith('casualReference/') || tag === 'parser/ENCasualDateParser') ||
    isWeekdayOnly(result) ||
    /\b(?:last|next|this|ago|yesterday|today|tomorrow|tonight)\b/i.test(result.text);
  if (relative) return 'relative';
  const needed = precision === 'year' ? ['year'] : precision === 'month' ? ['year', 'month'] : ['year', 'month', 'day'];
  return needed.every((part) => result.start.isCertain(part as 'year' | 'month' | 'day')) ? 'stated' : 'year-inferred';
}

function componentsReading(components: ParsedResult['start'], precision: DatePrecision): DateReading | null {
  const year = components.get('year');
  const month = components.get('month');
  const day = components.get('day');
  if (year === null || month === null || day === null) return null;
  return readingAt(precision, year, month, day);
}

const QUOTE_SIDE = 240;

function clipStart(text: string): string {
  if (text.length <= QUOTE_SIDE) return text;
  const cut = text.slice(-QUOTE_SIDE);
  return `…${cut.slice(cut.indexOf(' ') + 1)}`;
}

function clipEnd(text: string): string {
  if (text.length <= QUOTE_SIDE) return text;
  const cut = text.slice(0, QUOTE_SIDE);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/**
 * Every kind of mention the rules keep holds one of these words or numbers. chrono is slow enough (about 10 ms an
 * article) that skipping the paragraphs without one matters at 10,000 articles; the output is the same.
 */
const MAY_HOLD_A_DATE = new RegExp(
  `${MONTH_IN_TEXT.source}|\\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday|tomorrow|tonight|ago|(?:last|next|this|past)\\s+(?:week|month|year|night|morning|afternoon|evening))\\b|\\b${YEAR}\\b|\\d\\/\\d`,
  'i',
);

const EARLIEST_YEAR = 1800;
const LATEST_YEAR = 2100;

/** The readings one chrono result gives: one, or one per year of a list ("in 2012 and 2016"). */
function readingsOf(result: ParsedResult): { reading: DateReading; until?: DateReading }[] {
  if (result.tags().has(BARE_YEAR_TAG)) {
    const years = [...new Set(result.text.match(new RegExp(YEAR, 'g'))?.map(Number) ?? [])];
    return years.map((year) => ({ reading: readingAt('year', year) }));
  }
  const precision = precisionOf(result);
  const reading = componentsReading(result.start, precision);
  if (!reading) return [];
  const until = result.end ? componentsReading(result.end, precision) : null;
  return [{ reading, ...(until && until.key > reading.key ? { until } : {}) }];
}

/** chrono takes the comma after "In May," into the phrase. */
function trimPhrase(text: string): string {
  return text.replace(/[\s,;:]+$/, '');
}

/**
 * Every dated mention in an article's paragraphs, in reading order, each read against `referenceDate` (YYYY-MM-DD, the
 * day the article was published). Only its calendar day matters; the reading is the same in any time zone.
 */
export function datedMentions(paragraphs: readonly ParagraphText[], referenceDate: string): DatedMention[] {
  // Noon of the reference day on this machine's clock: chrono reads some phrases ("last night") from the local hour and
  // day of its reference, so a reference in UTC would move them a day in time zones far from it.
  const [year, month, day] = referenceDate.split('-').map(Number) as [number, number, number];
  const reference = new Date(year, month - 1, day, 12);
  const mentions: DatedMention[] = [];
  for (const paragraph of paragraphs) {
    if (!MAY_HOLD_A_DATE.test(paragraph.text)) continue;
    for (const result of parser.parse(paragraph.text, reference)) {
      const lead = paragraph.text.slice(Math.max(0, result.index - 24), result.index);
      if (dropReason(result, lead) !== null) continue;
      const sentence = sentenceAt(paragraph.text, result.index);
      if (!sentence) continue;
      const phrase = trimPhrase(result.text);
      const raw = paragraph.text.slice(sentence.start, sentence.end);
      const phraseAt = result.index - sentence.start - (raw.length - raw.trimStart().length);
      const quote = {
        before: clipStart(sentence.text.slice(0, phraseAt)),
        phrase,
        after: clipEnd(sentence.text.slice(phraseAt + phrase.length)),
      };
      for (const { reading, until } of readingsOf(result)) {
        const year = Number(reading.start.slice(0, 4));
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) continue;
        mentions.push({
          ...reading,
          phrase,
          resolution: resolutionOf(result, reading.precision),
          paragraphId: paragraph.id,
          sentence: sentence.text,
          quote,
          ...(until ? { until } : {}),
        });
      }
    }
  }
  return mentions;
}
