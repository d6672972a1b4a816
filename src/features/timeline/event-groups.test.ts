import { describe, expect, it } from 'vitest';
import { groupEvents } from './event-groups';
import { eventMentions } from './event-mentions';
import { article } from './test-helpers';

describe('grouping mentions on one timeline', () => {
  const first = article('first', 'On December 13, 2016 the last buses left.\n\nIn 2012 the militias arrived.', {
    publisher: { name: 'Global Research', date: '2016-12-13' },
  });
  const second = article('second', 'The council met Tuesday. In September 2001 it was different.', {
    publisher: { name: 'Global Research', date: '2016-12-14' },
  });
  const third = article('third', 'Last week the order was signed. On Dec 5 the talks opened.', {
    publisher: { name: 'Global Research', date: '2016-12-14' },
  });
  const years = groupEvents([first, second, third].flatMap(eventMentions));

  it('puts a day mentioned by several articles under that day, each article’s sentence beside the other', () => {
    const december = years.find((year) => year.year === 2016)!.months.find((month) => month.month === 12)!;
    const thirteenth = december.groups.find((group) => group.key === '2016-12-13')!;
    expect(thirteenth.articles.map((entry) => entry.article.slug)).toEqual(['first', 'second']);
    expect(thirteenth.articles.map((entry) => entry.mentions[0]!.sentence)).toEqual([
      'On December 13, 2016 the last buses left.',
      'The council met Tuesday.',
    ]);
    expect(thirteenth.resolutions).toEqual(['stated', 'relative']);
  });

  it('orders years forward, a whole year before its months, a week before the days in it', () => {
    expect(years.map((year) => year.year)).toEqual([2001, 2012, 2016]);
    expect(years[1]!.wholeYear?.key).toBe('2012');
    expect(years[1]!.months).toEqual([]);
    const december = years[2]!.months[0]!;
    expect(december.groups.map((group) => group.key)).toEqual(['2016-W49', '2016-12-05', '2016-12-13']);
    expect(years[0]!.months[0]!.groups[0]).toMatchObject({ key: '2001-09', precision: 'month' });
    expect(years.reduce((sum, year) => sum + year.mentionCount, 0)).toBe(6);
  });

  it('names each month in English', () => {
    expect(years.flatMap((year) => year.months.map((month) => month.label))).toEqual([
      'September 2001',
      'December 2016',
    ]);
  });
});
