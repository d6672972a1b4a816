import { describe, expect, it } from 'vitest';
import { MONTH_NAMES, MONTH_WORD, monthName, monthNumber } from './months';

describe('month names', () => {
  it('names twelve months in calendar order, as the platform writes a date', () => {
    expect(MONTH_NAMES).toHaveLength(12);
    const written = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
    MONTH_NAMES.forEach((name, index) => {
      expect(written.format(Date.UTC(2016, index, 5))).toBe(`5 ${name} 2016`);
      expect(monthName(index + 1)).toBe(name);
      expect(monthNumber(name.toUpperCase())).toBe(index + 1);
    });
  });

  it('has no thirteenth month, and knows no other word as a month', () => {
    expect(() => monthName(13)).toThrow(RangeError);
    expect(() => monthName(0)).toThrow(RangeError);
    expect(monthNumber('Dec')).toBeNull();
    expect(monthNumber('Monday')).toBeNull();
  });

  it('matches a month as prose writes it, whole words only', () => {
    const month = new RegExp(`^(?:${MONTH_WORD})$`, 'i');
    for (const word of ['December', 'dec', 'Sept', 'Sep', 'May', 'june', 'Jun'])
      expect(month.test(word), word).toBe(true);
    for (const word of ['Decem', 'Ma', 'Septem', 'Monday']) expect(month.test(word), word).toBe(false);
  });
});
