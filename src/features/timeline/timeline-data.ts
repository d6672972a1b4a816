import { getCollection } from 'astro:content';
import { anchoredBlocksOfEntry } from '../markdown/article-blocks';
import { groupEvents, type YearOfEvents } from './event-groups';
import { eventMentions, type EventMention } from './event-mentions';
import { planEventPages, type EventPlan } from './event-pages';
import { publicationEntries, type PublicationEntry } from './publication-timeline';

export interface TimelineData {
  publications: PublicationEntry[];
  mentions: EventMention[];
  years: YearOfEvents[];
  plan: EventPlan;
}

let loaded: Promise<TimelineData> | undefined;

/** Read once per build: /timeline/ and every year page share one pass of chrono over the collection. */
export function timelineData(): Promise<TimelineData> {
  loaded ??= getCollection('articles').then((entries) => {
    const articles = entries.map((entry) => ({
      slug: entry.id,
      title: entry.data.title,
      publisher: entry.data.publisher,
      original: entry.data.original,
      // Read as each article is searched for dates, and let go: the collection's text is never held at once.
      get paragraphs() {
        return anchoredBlocksOfEntry(entry);
      },
    }));
    const mentions = articles.flatMap(eventMentions);
    const years = groupEvents(mentions);
    return { publications: publicationEntries(articles), mentions, years, plan: planEventPages(years) };
  });
  return loaded;
}
