import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../articles/schemas/article';
import { parseArticleFile } from '../articles/article-file';
import { paragraphsOfMarkdown } from '../markdown/paragraph-anchors';
import { groupEvents } from './event-groups';
import { eventMentions, type TimelineArticle } from './event-mentions';
import { planEventPages } from './event-pages';
import { relativePhraseReadings } from './relative-phrases';

/** The founding articles, read the way the build reads them. */
function foundingArticles(): TimelineArticle[] {
  return readdirSync('content/articles')
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const text = readFileSync(join('content/articles', name), 'utf8');
      const data = articleSchema.parse(parseArticleFile(text).frontmatter);
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
