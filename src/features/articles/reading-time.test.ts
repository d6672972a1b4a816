import { describe, expect, it } from 'vitest';
import { readingMinutes, readingTimeLabel } from './reading-time';

describe('reading time', () => {
  it('rounds the word count at 230 words a minute', () => {
    expect(readingTimeLabel(1150)).toBe('5 min read');
    expect(readingMinutes(1029)).toBe(4);
    expect(readingMinutes(1300)).toBe(6);
  });

  it('never says less than a minute', () => {
    expect(readingTimeLabel(0)).toBe('1 min read');
    expect(readingTimeLabel(40)).toBe('1 min read');
  });
});
