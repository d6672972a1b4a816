import { describe, expect, it } from 'vitest';
import { readingAt } from './date-reading';
import { dateGroupId, timelineUrl } from './timeline-urls';

describe('timeline addresses', () => {
  it('gives the timeline, a year, a month and their further pages', () => {
    expect(timelineUrl()).toBe('/timeline/');
    expect(timelineUrl('2016')).toBe('/timeline/2016/');
    expect(timelineUrl('2016-12')).toBe('/timeline/2016-12/');
    expect(timelineUrl('2016-12', 3)).toBe('/timeline/2016-12/3/');
  });

  it('gives each date a fragment of its own, whatever its precision', () => {
    const ids = [
      readingAt('day', 2016, 12, 5),
      readingAt('week', 2016, 12, 5),
      readingAt('month', 2016, 12),
      readingAt('year', 2016),
    ].map(dateGroupId);
    expect(new Set(ids).size).toBe(4);
    expect(ids.every((id) => /^[a-z][\w-]*$/i.test(id))).toBe(true);
  });
});
