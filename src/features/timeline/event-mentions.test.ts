import { describe, expect, it } from 'vitest';
import { eventMentions, referenceDateOf } from './event-mentions';
import { article, publisher } from './test-helpers';

describe('the day relative dates are counted from', () => {
  it('is the original outlet’s day when the record has it', () => {
    expect(referenceDateOf({ publisher, original: { name: 'Moon of Alabama', date: '2016-12-05' } })).toEqual({
      date: '2016-12-05',
      basis: 'original',
      outlet: 'Moon of Alabama',
    });
  });

  it('is the republication day when the original outlet’s day is not recorded, and says whose is missing', () => {
    expect(referenceDateOf({ publisher, original: { name: 'South Front' } })).toEqual({
      date: '2016-12-06',
      basis: 'republication',
      outlet: 'Global Research',
      undatedOriginal: 'South Front',
    });
    expect(referenceDateOf({ publisher })).toEqual({
      date: '2016-12-06',
      basis: 'republication',
      outlet: 'Global Research',
    });
  });
});

describe('event mentions of one article', () => {
  const moon = article('moon', 'Yesterday the army advanced.\n\nFighting broke out on July 19, 2012.', {
    original: { name: 'Moon of Alabama', date: '2016-12-05' },
  });

  it('links each mention to its paragraph and reads it against the original day', () => {
    const [yesterday, july] = eventMentions(moon);
    expect(yesterday).toMatchObject({
      key: '2016-12-04',
      href: '/articles/moon/#p1',
      article: { slug: 'moon', title: 'Title of moon' },
      referenceDate: { date: '2016-12-05', basis: 'original' },
    });
    expect(july).toMatchObject({ key: '2012-07-19', href: '/articles/moon/#p2' });
  });

  it('gives the reading from the other publication day for a relative date, and only there', () => {
    const [yesterday, july] = eventMentions(moon);
    expect(yesterday!.otherReading).toEqual({
      referenceDate: { date: '2016-12-06', basis: 'republication', outlet: 'Global Research' },
      reading: { key: '2016-12-05', precision: 'day', start: '2016-12-05', end: '2016-12-05' },
    });
    expect(july!.otherReading).toBeUndefined();
    expect(eventMentions(article('same-day', 'Yesterday it fell.'))[0]!.otherReading).toBeUndefined();
  });
});
