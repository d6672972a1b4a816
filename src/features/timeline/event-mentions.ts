/**
 * Each article's dated mentions made ready for the timeline: read against the day the article was published (its
 * reference date), linked to their paragraphs, and, where the article has two publication days that read a date
 * differently, with the other day's reading beside them.
 */
import { articleUrl } from '../../shared/urls';
import type { DateReading } from './date-reading';
import { datedMentions, type DatedMention } from './dated-mentions';

/** What the timeline needs of an article. */
export interface TimelineArticle {
  slug: string;
  title: string;
  publisher: { name: string; date: string };
  original?: { name: string; date?: string | undefined } | undefined;
  /** The body's paragraphs with the anchors the article page gives them. */
  paragraphs: readonly { id: string; text: string }[];
}

/** The publication day a date not written in full is worked out from, and which publication it is. */
export interface ReferenceDate {
  date: string;
  basis: 'original' | 'republication';
  /** The outlet that published on that day. */
  outlet: string;
  /** For a republication day: the original outlet whose own date is not recorded. */
  undatedOriginal?: string;
}

export interface ArticleRef {
  slug: string;
  title: string;
}

export interface EventMention extends DatedMention {
  article: ArticleRef;
  referenceDate: ReferenceDate;
  /** The paragraph the mention sits in: /articles/<slug>/#p12. */
  href: string;
  /** Where the other publication day would put a date counted from publication, when that differs. */
  otherReading?: { referenceDate: ReferenceDate; reading: DateReading };
}

/** The original outlet's day when the record has it, since the text was written for that day; else the republication. */
export function referenceDateOf(article: Pick<TimelineArticle, 'publisher' | 'original'>): ReferenceDate {
  const { original, publisher } = article;
  if (original?.date) return { date: original.date, basis: 'original', outlet: original.name };
  return {
    date: publisher.date,
    basis: 'republication',
    outlet: publisher.name,
    ...(original ? { undatedOriginal: original.name } : {}),
  };
}

/** The other publication day, when an article has two different ones. */
function otherReferenceDateOf(article: TimelineArticle, referenceDate: ReferenceDate): ReferenceDate | null {
  if (referenceDate.basis !== 'original' || article.publisher.date === referenceDate.date) return null;
  return { date: article.publisher.date, basis: 'republication', outlet: article.publisher.name };
}

const occurrenceKey = (mention: DatedMention, nth: number) =>
  `${mention.paragraphId}\u0000${mention.phrase}\u0000${nth}`;

function keyed(mentions: readonly DatedMention[]): Map<string, DatedMention> {
  const seen = new Map<string, number>();
  const byKey = new Map<string, DatedMention>();
  for (const mention of mentions) {
    const base = occurrenceKey(mention, 0);
    const nth = seen.get(base) ?? 0;
    seen.set(base, nth + 1);
    byKey.set(occurrenceKey(mention, nth), mention);
  }
  return byKey;
}

/** Every dated mention of one article, read against its reference date, with the other day's reading where it differs. */
export function eventMentions(article: TimelineArticle): EventMention[] {
  const { paragraphs } = article;
  const referenceDate = referenceDateOf(article);
  const mentions = datedMentions(paragraphs, referenceDate.date);
  const other = otherReferenceDateOf(article, referenceDate);
  const needsOther = other && mentions.some((mention) => mention.resolution !== 'stated');
  const otherByKey = needsOther
    ? keyed(
        datedMentions(
          paragraphs.filter((paragraph) =>
            mentions.some((mention) => mention.resolution !== 'stated' && mention.paragraphId === paragraph.id),
          ),
          other.date,
        ),
      )
    : new Map<string, DatedMention>();
  const ref = { slug: article.slug, title: article.title };
  return [...keyed(mentions)].map(([key, mention]) => {
    const alternative = otherByKey.get(key);
    const differs = other && mention.resolution !== 'stated' && alternative && alternative.key !== mention.key;
    return {
      ...mention,
      article: ref,
      referenceDate,
      href: `${articleUrl(article.slug)}#${mention.paragraphId}`,
      ...(differs
        ? {
            otherReading: {
              referenceDate: other,
              reading: {
                key: alternative.key,
                precision: alternative.precision,
                start: alternative.start,
                end: alternative.end,
              },
            },
          }
        : {}),
    };
  });
}
