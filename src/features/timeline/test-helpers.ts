import { paragraphsOfMarkdown } from '../markdown/paragraph-anchors';
import { readingAt, type DatePrecision } from './date-reading';
import type { EventMention, TimelineArticle } from './event-mentions';

export const publisher = { name: 'Global Research', date: '2016-12-06' };

/** An article with the body given, republished by Global Research on 6 December 2016 unless `extra` says otherwise. */
export function article(slug: string, body: string, extra: Partial<TimelineArticle> = {}): TimelineArticle {
  return { slug, title: `Title of ${slug}`, publisher, paragraphs: paragraphsOfMarkdown(body), ...extra };
}

/** Mentions made directly, for collections far larger than the founding one. */
export function syntheticMentions(count: number): EventMention[] {
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
