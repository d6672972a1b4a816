import { describe, expect, it } from 'vitest';
import { readingAt } from './date-reading';
import { eventMentions } from './event-mentions';
import { article } from './test-helpers';
import { readingLabel, resolutionNote } from './timeline-wording';

describe('a date in words', () => {
  it('labels each date at its precision', () => {
    expect(readingLabel(readingAt('day', 2016, 12, 13))).toBe('13 December 2016');
    expect(readingLabel(readingAt('week', 2016, 12, 7))).toBe('the week of 5–11 December 2016');
    expect(readingLabel(readingAt('week', 2016, 11, 30))).toBe('the week of 28 November – 4 December 2016');
    expect(readingLabel(readingAt('week', 2016, 12, 28))).toBe('the week of 26 December 2016 – 1 January 2017');
    expect(readingLabel(readingAt('month', 2001, 9))).toBe('September 2001');
    expect(readingLabel(readingAt('year', 2012))).toBe('2012');
  });
});

describe('how a date not written in full was worked out', () => {
  const moon = article('moon', 'Yesterday the army advanced.\n\nFighting broke out on July 19, 2012.', {
    original: { name: 'Moon of Alabama', date: '2016-12-05' },
  });

  it('names the phrase and the day it was counted from, and what the other publication day would give', () => {
    const [yesterday] = eventMentions(moon);
    expect(resolutionNote(yesterday!)).toBe(
      '“Yesterday” counted from 5 December 2016, when Moon of Alabama first published it. Counted from 6 December 2016, when Global Research republished it, it would be 5 December 2016.',
    );
  });

  it('says nothing of a date written in full', () => {
    const [, july] = eventMentions(moon);
    expect(resolutionNote(july!)).toBeNull();
  });

  it('says where a missing year was taken from, and whose own date is not recorded', () => {
    const [dec12] = eventMentions(
      article('sf', 'On December 12, the army moved.', { original: { name: 'South Front' } }),
    );
    expect(resolutionNote(dec12!)).toBe(
      '“December 12”: the year is not written; taken from 6 December 2016, when Global Research republished it (South Front’s own date is not recorded).',
    );
  });
});
