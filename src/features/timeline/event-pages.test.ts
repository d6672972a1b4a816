import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readingAt } from './date-reading';
import { groupEvents, mentionsIn } from './event-groups';
import { pageDates, planEventPages } from './event-pages';
import { syntheticMentions } from './test-helpers';
import { timelineUrl } from './timeline-urls';

// Thousands of synthetic mentions take a second alone and several on a loaded machine: a roomier timeout, not a timing.
describe('splitting the event timeline into pages as the collection grows', { timeout: 30_000 }, () => {
  it('keeps a small timeline on /timeline/ itself', () => {
    expect(planEventPages(groupEvents(syntheticMentions(30)), 50, 30)).toEqual({ inline: true, pages: [] });
    expect(planEventPages(groupEvents(syntheticMentions(31)), 50, 30).inline).toBe(false);
  });

  it('gives 10,000 articles’ mentions pages by year and month, none longer than a page, each mention on one', () => {
    const mentions = syntheticMentions(100_000);
    const plan = planEventPages(groupEvents(mentions), 50);
    expect(plan.inline).toBe(false);
    const paths = plan.pages.map((page) => timelineUrl(page.key, page.number));
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toEqual(expect.arrayContaining(['/timeline/2016/', '/timeline/2016-12/', '/timeline/2016-12/2/']));
    for (const page of plan.pages) {
      expect(mentionsIn([page.events]).length, timelineUrl(page.key, page.number)).toBeLessThanOrEqual(50);
    }
    // Every mention is on exactly one page: the same objects, none left out, none twice.
    const shown = plan.pages.flatMap((page) => mentionsIn([page.events]));
    expect(shown.length).toBe(mentions.length);
    expect(new Set(shown)).toEqual(new Set(mentions));
    // Each year or month numbers its pages 1, 2, … up to the last page it names.
    const numbers = new Map<string, number[]>();
    for (const page of plan.pages) numbers.set(page.key, [...(numbers.get(page.key) ?? []), page.number]);
    for (const [key, pages] of numbers) {
      const last = plan.pages.find((page) => page.key === key)!.lastPage;
      expect(pages, key).toEqual(Array.from({ length: last }, (_, index) => index + 1));
    }
    const split = plan.pages.find((page) => page.key === '2016' && page.number === 1)!;
    expect(split.monthPages.map((month) => month.key)).toContain('2016-12');
  });

  it('keeps a year that fits on one page whole, months and all', () => {
    const years = groupEvents(
      syntheticMentions(100_000)
        .filter((mention) => mention.start.startsWith('2003'))
        .slice(0, 40),
    );
    const plan = planEventPages(years, 50, 10);
    expect(plan.pages.map((page) => timelineUrl(page.key, page.number))).toEqual(['/timeline/2003/']);
    expect(mentionsIn([plan.pages[0]!.events])).toHaveLength(40);
  });
});

describe('cutting dates into pages', () => {
  const dateOf = (key: string, count: number, articles = count) =>
    groupEvents(
      Array.from({ length: count }, (_, index) => {
        const [mention] = syntheticMentions(1);
        const slug = `article-${index % articles}`;
        return { ...mention!, ...readingAt('day', 2016, 12, Number(key)), article: { slug, title: slug } };
      }),
    )[0]!.months[0]!.groups[0]!;

  it('moves a date that fits on a page whole onto the next page rather than cutting it', () => {
    const pages = pageDates([dateOf('1', 30), dateOf('2', 30)], 50);
    expect(pages.map((page) => page.map((group) => [group.key, group.mentionCount]))).toEqual([
      [['2016-12-01', 30]],
      [['2016-12-02', 30]],
    ]);
    expect(pages.flat().every((group) => group.split === undefined)).toBe(true);
  });

  it('runs a date longer than a page over as many pages as it needs, saying so on each part', () => {
    const long = dateOf('13', 120, 40);
    const pages = pageDates([dateOf('1', 10), long], 50);
    expect(pages.map((page) => page.reduce((sum, group) => sum + group.mentionCount, 0))).toEqual([50, 50, 30]);
    const parts = pages.flat().filter((group) => group.key === '2016-12-13');
    expect(parts.map((part) => part.split)).toEqual([
      { continued: false, continues: true, articleCount: 40, mentionCount: 120 },
      { continued: true, continues: true, articleCount: 40, mentionCount: 120 },
      { continued: true, continues: false, articleCount: 40, mentionCount: 120 },
    ]);
    // Read in page order, the parts give back the date's mentions in their order.
    expect(parts.flatMap((part) => part.articles.flatMap((entry) => entry.mentions))).toEqual(
      long.articles.flatMap((entry) => entry.mentions),
    );
  });

  it('bounds every page for any mix of dates', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 200 }), { maxLength: 28 }),
        fc.integer({ min: 1, max: 80 }),
        (sizes, perPage) => {
          const groups = sizes.map((size, index) => dateOf(String(index + 1), size, Math.ceil(size / 3)));
          const pages = pageDates(groups, perPage);
          const counts = pages.map((page) => page.reduce((sum, group) => sum + group.mentionCount, 0));
          expect(counts.every((count) => count >= 1 && count <= perPage)).toBe(true);
          expect(counts.reduce((sum, count) => sum + count, 0)).toBe(sizes.reduce((sum, size) => sum + size, 0));
        },
      ),
    );
  });
});
