/**
 * The phrases counted from publication ("today", "last night") and the dates each came to: the same words mean
 * different days in articles published on different days, and the reader should see so.
 */
import { collator } from '../../shared/collator';
import type { DateReading } from './date-reading';
import type { EventMention } from './event-mentions';

/** A relative phrase and the dates it was read as in different articles. */
export interface PhraseReadings {
  /** As first written ("Tuesday", "last week"); phrases are compared ignoring case and a leading "on". */
  phrase: string;
  readings: { reading: DateReading; mentions: EventMention[] }[];
}

/** Each relative phrase with every date it was read as, earliest first; phrases read as more than one date first. */
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
