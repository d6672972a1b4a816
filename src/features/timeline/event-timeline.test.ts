import { paragraphsOfMarkdown } from '../markdown/paragraph-anchors';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFrontmatter } from '../ingest/article-file';
import { articleSchema } from '../articles/schemas/article';
import { readingAt, type DatePrecision } from './date-reading';
import {
  referenceDateOf,
  eventMentions,
  groupEvents,
  mentionsIn,
  pageDates,
  planEventPages,
  readingLabel,
  relativePhraseReadings,
  resolutionNote,
  timelineUrl,
  type EventMention,
  type TimelineArticle,
} from './event-timeline';

const publisher = { name: 'Global Research', date: '2016-12-06' };

function article(slug: string, body: string, extra: Partial<TimelineArticle> = {}): TimelineArticle {
  return { slug, title: `Title of ${slug}`, publisher, paragraphs: paragraphsOfMarkdown(body), ...extra };
}

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

  it('says how a date not written in full was worked out, naming the phrase and the day', () => {
    const [yesterday, july] = eventMentions(moon);
    expect(resolutionNote(yesterday!)).toBe(
      '“Yesterday” counted from 5 December 2016, when Moon of Alabama first published it. Counted from 6 December 2016, when Global Research republished it, it would be 5 December 2016.',
    );
    expect(resolutionNote(july!)).toBeNull();
    const [dec12] = eventMentions(
      article('sf', 'On December 12, the army moved.', { original: { name: 'South Front' } }),
    );
    expect(resolutionNote(dec12!)).toBe(
      '“December 12”: the year is not written; taken from 6 December 2016, when Global Research republished it (South Front’s own date is not recorded).',
    );
  });
});

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

  it('labels each date at its precision', () => {
    expect(readingLabel(readingAt('day', 2016, 12, 13))).toBe('13 December 2016');
    expect(readingLabel(readingAt('week', 2016, 12, 7))).toBe('the week of 5–11 December 2016');
    expect(readingLabel(readingAt('week', 2016, 11, 30))).toBe('the week of 28 November – 4 December 2016');
    expect(readingLabel(readingAt('week', 2016, 12, 28))).toBe('the week of 26 December 2016 – 1 January 2017');
    expect(readingLabel(readingAt('month', 2001, 9))).toBe('September 2001');
    expect(readingLabel(readingAt('year', 2012))).toBe('2012');
  });
});

describe('relative phrases read as different dates', () => {
  it('lists "today" once, with each day it was read as in articles published on different days', () => {
    const mentions = [
      article('a', 'Today the city fell.', { publisher: { name: 'GR', date: '2016-12-05' } }),
      article('b', 'Today the buses left. Yesterday they waited.', { publisher: { name: 'GR', date: '2016-12-27' } }),
    ].flatMap(eventMentions);
    const phrases = relativePhraseReadings(mentions);
    expect(phrases.map((entry) => entry.phrase)).toEqual(['Today', 'Yesterday']);
    expect(phrases[0]!.readings.map((entry) => [entry.reading.key, entry.mentions[0]!.article.slug])).toEqual([
      ['2016-12-05', 'a'],
      ['2016-12-27', 'b'],
    ]);
  });
});

/** Mentions made directly, for collections far larger than the founding one. */
function syntheticMentions(count: number): EventMention[] {
  const precisions: DatePrecision[] = ['day', 'day', 'day', 'month', 'year', 'week'];
  return Array.from({ length: count }, (_, index): EventMention => {
    const year = 2000 + (index % 17);
    // Most mentions fall in 2016, as in a collection about one year's events.
    const busyYear = index % 3 === 0 ? 2016 : year;
    const reading = readingAt(precisions[index % precisions.length]!, busyYear, (index % 12) + 1, (index % 28) + 1);
    const slug = `article-${index % 10_000}`;
    return {
      ...reading,
      phrase: 'phrase',
      resolution: 'stated',
      paragraphId: 'p1',
      sentence: 'A sentence.',
      quote: { before: 'A ', phrase: 'sentence', after: '.' },
      article: { slug, title: slug },
      referenceDate: { date: '2016-12-13', basis: 'republication', outlet: 'GR' },
      href: `/articles/${slug}/#p1`,
    };
  });
}

describe('splitting the event timeline into pages as the collection grows', () => {
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

describe('timeline addresses', () => {
  it('gives the timeline, a year, a month and their further pages', () => {
    expect(timelineUrl()).toBe('/timeline/');
    expect(timelineUrl('2016')).toBe('/timeline/2016/');
    expect(timelineUrl('2016-12')).toBe('/timeline/2016-12/');
    expect(timelineUrl('2016-12', 3)).toBe('/timeline/2016-12/3/');
  });
});

/** The founding articles, read the way the build reads them. */
function foundingArticles(): TimelineArticle[] {
  return readdirSync('content/articles')
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const text = readFileSync(join('content/articles', name), 'utf8');
      const data = articleSchema.parse(readFrontmatter(text));
      return {
        slug: name.slice(0, -3),
        title: data.title,
        publisher: data.publisher,
        original: data.original,
        paragraphs: paragraphsOfMarkdown(text.replace(/^---\n[\s\S]*?\n---\n/, '')),
      };
    });
}

describe('the founding articles on one timeline', () => {
  const mentions = foundingArticles().flatMap(eventMentions);
  const years = groupEvents(mentions);
  const group = (key: string) =>
    years
      .flatMap((year) => [...(year.wholeYear ? [year.wholeYear] : []), ...year.months.flatMap((m) => m.groups)])
      .find((candidate) => candidate.key === key);

  it('sets South Front’s dated report beside the WSWS report’s "Tuesday" on 13 December 2016', () => {
    const thirteenth = group('2016-12-13')!;
    expect(thirteenth.articles.map((entry) => entry.article.slug).sort()).toEqual([
      'syrian-government-retakes-eastern-aleppo-remaining-islamist-militia-evacuated',
      'video-on-the-liberation-of-aleppo-defeat-of-al-qaeda-agreed-safe-withdrawal-of',
    ]);
    expect(thirteenth.resolutions).toEqual(['stated', 'relative']);
  });

  it('reads Moon of Alabama’s "today" from its own day, 5 December, and says the republication day would give 6', () => {
    const today = mentions.find(
      (mention) =>
        mention.phrase === 'today' && mention.article.slug === 'al-qaedas-retreat-east-aleppo-siege-nears-its-end',
    )!;
    expect(today.key).toBe('2016-12-05');
    expect(today.otherReading?.reading.key).toBe('2016-12-06');
  });

  it('shows "today" read as different days by different articles', () => {
    const today = relativePhraseReadings(mentions).find((entry) => entry.phrase.toLowerCase() === 'today')!;
    expect(today.readings.map((entry) => entry.reading.key)).toEqual(['2016-12-05', '2016-12-27']);
  });

  it('fits on /timeline/ itself', () => {
    expect(planEventPages(years).inline).toBe(true);
  });
});
