/** The RSS feed's items: the newest articles, newest first, each with its authors (as Dublin Core creators) and topics. */
import type { RSSFeedItem } from '@astrojs/rss';
import { sortNewestFirst } from '../articles/catalog';
import type { ExportableArticle } from './data-export';
import { FEED_ITEMS } from '../../shared/pagination';
import { articleDescription } from '../articles/structured-data';
import { articleUrl } from '../../shared/urls';

/** The namespace for <dc:creator>, which names authors without the e-mail address RSS's own <author> demands. */
export const DUBLIN_CORE_NAMESPACE = { dc: 'http://purl.org/dc/elements/1.1/' };

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => XML_ENTITIES[character]!);
}

export function feedItems(articles: readonly ExportableArticle[], limit = FEED_ITEMS): RSSFeedItem[] {
  return sortNewestFirst(articles)
    .slice(0, limit)
    .map((article) => {
      const { data } = article;
      const { regions, themes, reports } = data.topics;
      return {
        title: data.title,
        link: articleUrl(article.id),
        pubDate: new Date(`${data.publisher.date}T00:00:00Z`),
        description: articleDescription(article),
        categories: [...new Set([...regions, ...themes, ...reports])],
        customData: data.authors.map((author) => `<dc:creator>${escapeXml(author.name)}</dc:creator>`).join(''),
      };
    });
}
