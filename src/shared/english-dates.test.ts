import { describe, expect, it } from 'vitest';
import { DATE_IN_TEXT, parseEnglishDate } from './english-dates';

describe('dates as the publisher writes them', () => {
  it.each([
    ['December 28, 2016', '2016-12-28'],
    ['December 06, 2016', '2016-12-06'],
    ['27 December 2016', '2016-12-27'],
    ['27 December, 2016', '2016-12-27'],
    ['Dec. 28, 2016', '2016-12-28'],
    ['Sept 5 2016', '2016-09-05'],
    ['5 sept. 2016', '2016-09-05'],
    ['  february 29, 2016 ', '2016-02-29'],
  ])('reads "%s" as %s', (text, iso) => {
    expect(parseEnglishDate(text)).toBe(iso);
  });

  it('refuses a day the calendar lacks, though it has the shape of a date', () => {
    for (const text of ['February 30, 2016', 'February 29, 2015', 'June 31, 2016', 'December 32, 2016']) {
      expect(DATE_IN_TEXT.test(text), text).toBe(true);
      expect(parseEnglishDate(text), text).toBeNull();
    }
  });

  it('refuses other forms of date, and text that only holds one', () => {
    for (const text of ['2016-12-28', '12/28/2016', 'December 2016', 'Tuesday, December 13, 2016', 'Decem 28, 2016']) {
      expect(parseEnglishDate(text), text).toBeNull();
    }
    expect(DATE_IN_TEXT.test('Global Research, December 28, 2016')).toBe(true);
  });
});
