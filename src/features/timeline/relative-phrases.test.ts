import { describe, expect, it } from 'vitest';
import { eventMentions } from './event-mentions';
import { relativePhraseReadings } from './relative-phrases';
import { article } from './test-helpers';

describe('relative phrases read as different dates', () => {
  it('lists "today" once, with each day it was read as in articles published on different days', () => {
    const mentions = [
      article('a', 'Today the city fell.', { publisher: { name: 'GR', date: '2016-12-05' } }),
      article('b', 'Today the buses left. Yesterday they waited.', { publisher: { name: 'GR', date: '2016-12-27' } }),
    ].flatMap(eventMentions);
    const phrases = relativePhraseReadings(mentions);
    expect(phrases.map((entry) => entry.phrase)).toEqual(['Today', 'Yesterday']);
    expect(phrases[0]!.readings.map((entry) => [entry.reading.key, entry.mentions[0]!.article.slug])).toEqual([
      ['2016-12-05', 'a'],
      ['2016-12-27', 'b'],
    ]);
  });
});
