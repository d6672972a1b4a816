import { describe, expect, it } from 'vitest';
import { escapeXml, feedItems } from './feed';
import { FEED_ITEMS } from '../../shared/pagination';
import { foundingArticle, foundingArticles } from '../citations/test-support';

describe('RSS feed items', () => {
  it('lists every article newest first, dated by its publication, with its authors and topics', () => {
    const items = feedItems(foundingArticles());
    expect(items).toHaveLength(5);
    expect(items.map((item) => item.pubDate?.toISOString().slice(0, 10))).toEqual([
      '2016-12-28',
      '2016-12-21',
      '2016-12-14',
      '2016-12-13',
      '2016-12-06',
    ]);
    const video = items.find((item) => item.link?.startsWith('/articles/video-on-the-liberation'));
    expect(video?.customData).toBe(
      '<dc:creator>South Front</dc:creator><dc:creator>Prof Michel Chossudovsky</dc:creator>',
    );
    expect(video?.categories).toEqual(['Middle East & North Africa', 'Terrorism', 'US NATO War Agenda', 'SYRIA']);
  });

  it('carries only the newest articles of a large collection, newest first', () => {
    const article = foundingArticle('syrian-government');
    const many = Array.from({ length: 1_001 }, (_, index) => {
      const date = new Date(Date.UTC(2015, 0, 1) + index * 86_400_000).toISOString().slice(0, 10);
      return {
        ...article,
        id: `article-${index}`,
        data: { ...article.data, publisher: { ...article.data.publisher, date } },
      };
    });
    const items = feedItems(many);
    expect(items).toHaveLength(FEED_ITEMS);
    expect(items.map((item) => item.link)).toEqual(
      Array.from({ length: FEED_ITEMS }, (_, index) => `/articles/article-${1_000 - index}/`),
    );
  });

  it('escapes author names, which go into the feed as raw XML', () => {
    const article = foundingArticle('syrian-government');
    const [item] = feedItems([
      { ...article, data: { ...article.data, authors: [{ name: 'Smith & <Jones>', slug: 'smith-jones' }] } },
    ]);
    expect(item?.customData).toBe('<dc:creator>Smith &amp; &lt;Jones&gt;</dc:creator>');
    expect(escapeXml(`"it's"`)).toBe('&quot;it&apos;s&quot;');
  });
});
