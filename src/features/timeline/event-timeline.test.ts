import { describe, expect, it } from 'vitest';
import { paragraphsOfMarkdown } from '../markdown/paragraph-anchors';
import { groupEvents } from './event-groups';
import { eventMentions, type TimelineArticle } from './event-mentions';
import { planEventPages } from './event-pages';
import { relativePhraseReadings } from './relative-phrases';
import { loadFoundingArticles } from '../../../tests/fixtures/founding-articles';

/** The founding articles (from tests/fixtures/founding/), read the way the build reads them. */
const founding: TimelineArticle[] = (await loadFoundingArticles()).map(({ id, data, body }) => ({
  slug: id,
  title: data.title,
  publisher: data.publisher,
  original: data.original,
  paragraphs: paragraphsOfMarkdown(body),
}));

describe('the founding articles on one timeline', () => {
  const mentions = founding.flatMap(eventMentions);
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
