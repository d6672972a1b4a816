import { afterEach, describe, expect, it } from 'vitest';
import { isoWeekOf, readingAt } from './date-reading';

describe('ISO weeks', () => {
  it.each([
    ['2016-12-05', '2016-W49', '2016-12-05', '2016-12-11'],
    ['2017-01-01', '2016-W52', '2016-12-26', '2017-01-01'],
    ['2015-12-31', '2015-W53', '2015-12-28', '2016-01-03'],
    ['2018-12-31', '2019-W01', '2018-12-31', '2019-01-06'],
  ])('%s is in %s', (day, key, start, end) => {
    expect(isoWeekOf(day)).toEqual({ key, precision: 'week', start, end });
  });

  describe('in another time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      process.env.TZ = original;
    });

    const everyDay = (zone: string) => {
      process.env.TZ = zone;
      const days: string[] = [];
      for (let time = Date.UTC(2015, 0, 1); time <= Date.UTC(2017, 11, 31); time += 86_400_000) {
        const iso = new Date(time).toISOString().slice(0, 10);
        days.push(
          JSON.stringify([isoWeekOf(iso), readingAt('month', Number(iso.slice(0, 4)), Number(iso.slice(5, 7)))]),
        );
      }
      return days;
    };

    // São Paulo moved its clocks at midnight, so some of its days had no midnight.
    it.each(['America/Sao_Paulo', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])('gives the same weeks in %s', (zone) => {
      expect(everyDay(zone)).toEqual(everyDay('UTC'));
    });
  });
});

describe('a date at its precision', () => {
  it('covers the days of a month, leap February included', () => {
    expect(readingAt('month', 2016, 2)).toEqual({
      key: '2016-02',
      precision: 'month',
      start: '2016-02-01',
      end: '2016-02-29',
    });
    expect(readingAt('month', 2015, 2).end).toBe('2015-02-28');
    expect(readingAt('month', 2016, 12).end).toBe('2016-12-31');
  });

  it('reads a day in a week as the ISO week that holds it', () => {
    expect(readingAt('week', 2016, 12, 7)).toEqual(isoWeekOf('2016-12-07'));
  });

  it('gives a year and a day as HTML date strings', () => {
    expect(readingAt('year', 2012)).toEqual({ key: '2012', precision: 'year', start: '2012-01-01', end: '2012-12-31' });
    expect(readingAt('day', 2016, 3, 4).key).toBe('2016-03-04');
  });
});
