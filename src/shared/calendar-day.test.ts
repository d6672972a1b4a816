import { describe, expect, it } from 'vitest';
import { calendarDay, isoTimestamp } from './calendar-day';

describe('calendarDay', () => {
  it.each([
    ['2016-12-03', '2016-12-03'],
    ['2016-12-03T10:15:00+02:00', '2016-12-03'],
    ['2016-12-03T23:30:00-05:00', '2016-12-03'],
    ['20161203', '2016-12-03'],
    ['3 December 2016', '2016-12-03'],
    ['Sat, 03 Dec 2016 10:15:00 GMT', '2016-12-03'],
    ['December 3rd, 2016', '2016-12-03'],
    ['Saturday, Dec. 3, 2016', '2016-12-03'],
  ])('reads %s as %s', (value, day) => {
    expect(calendarDay(value)).toBe(day);
  });

  it.each(['', '   ', 'yesterday', '03/12/2016', '2016-02-30', '2016-13-01', 'May 2016'])(
    'names no day in %j',
    (value) => {
      expect(calendarDay(value)).toBeUndefined();
    },
  );
});

describe('isoTimestamp', () => {
  it('keeps a timestamp as given', () => {
    expect(isoTimestamp(' 2016-12-03T10:15:00+02:00 ')).toBe('2016-12-03T10:15:00+02:00');
    expect(isoTimestamp('2016-12-03T08:15Z')).toBe('2016-12-03T08:15Z');
  });

  it('gives nothing for a bare day or a date in words', () => {
    expect(isoTimestamp('2016-12-03')).toBeUndefined();
    expect(isoTimestamp('3 December 2016 10:15')).toBeUndefined();
    expect(isoTimestamp('2016-02-30T10:15:00Z')).toBeUndefined();
  });
});
