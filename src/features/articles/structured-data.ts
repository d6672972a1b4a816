/**
 * What the pages tell machines about themselves: schema.org JSON-LD (a NewsArticle per article, a CollectionPage
 * per listing), Open Graph and Twitter card tags, and the meta description. Pure functions over article data.
 */
import type { ArticleData } from './schemas/article';
import { anchoredBlocksOfEntry, type RenderableEntry } from '../markdown/article-blocks';
import type { ArticleLike } from './catalog';
import { topicSlug } from './catalog';
import { referenceName } from '../../shared/person-names';
import { provenanceSentence, truncate } from './provenance';
import { absoluteUrl, articleUrl, authorUrl, siteHref, topicUrl } from '../../shared/urls';

/** The facts about the site that structured data names. */
export interface SiteFacts {
  name: string;
  url: string;
  language: string;
  description: string;
}

type Thing = Record<string, unknown>;

const DESCRIPTION_LENGTH = 160;

/** The body's opening words: the first paragraph, and the next ones while it is shorter than a description. */
function openingText(entry: RenderableEntry): string {
  let text = '';
  for (const { text: paragraph } of anchoredBlocksOfEntry(entry)) {
    if (text.length >= DESCRIPTION_LENGTH) break;
    if (paragraph !== '') text = text ? `${text} ${paragraph}` : paragraph;
  }
  return text;
}

/** The meta description: the standfirst, else the opening paragraphs, else the provenance; about 160 characters. */
export function articleDescription(article: ArticleLike & RenderableEntry): string {
  const { data } = article;
  const source = data.standfirst ?? openingText(article);
  return truncate(source || `${data.title}. ${provenanceSentence(data)}`, DESCRIPTION_LENGTH);
}

function website(site: SiteFacts): Thing {
  return { '@type': 'WebSite', name: site.name, url: absoluteUrl(siteHref('/'), site.url) };
}

function organization(name: string): Thing {
  return { '@type': 'Organization', name };
}

function credits(data: ArticleData, site: SiteFacts): Thing[] {
  return data.authors.map((credit) => ({
    '@type': referenceName(credit, data.original?.slug).kind === 'organization' ? 'Organization' : 'Person',
    name: credit.name,
    url: absoluteUrl(authorUrl(credit.slug), site.url),
  }));
}

function topicNames(data: ArticleData): string[] {
  const { regions, themes, reports } = data.topics;
  return [...new Set([...regions, ...themes, ...reports])];
}

/**
 * The article as the publisher republished it (its date and publisher), kept at this archive's address, and based
 * on the original outlet's publication when the capture names one.
 */
export function newsArticleJsonLd(article: ArticleLike & RenderableEntry, site: SiteFacts): Thing {
  const { data } = article;
  const url = absoluteUrl(articleUrl(article.id), site.url);
  const authors = credits(data, site);
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': `${url}#article`,
    headline: data.title,
    name: data.title,
    description: articleDescription(article),
    author: authors,
    datePublished: data.publisher.date,
    publisher: organization(data.publisher.name),
    ...(data.original && {
      isBasedOn: {
        '@type': 'NewsArticle',
        headline: data.title,
        author: authors,
        publisher: organization(data.original.name),
        ...(data.original.date && { datePublished: data.original.date }),
      },
    }),
    keywords: topicNames(data),
    about: topicNames(data).map((name) => ({
      '@type': 'Thing',
      name,
      url: absoluteUrl(topicUrl(topicSlug(name)), site.url),
    })),
    wordCount: data.wordCount,
    ...(data.copyright && { copyrightNotice: data.copyright }),
    url,
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    inLanguage: site.language,
    isPartOf: website(site),
  };
}

export interface ListedItem {
  name: string;
  /** A site path such as /articles/x/. */
  path: string;
}

/** A listing page (home, by date, authors, outlets, topics): what it is and the pages it lists, in order. */
export function collectionPageJsonLd(
  page: { name: string; description: string; path: string; items: readonly ListedItem[] },
  site: SiteFacts,
): Thing {
  const url = absoluteUrl(page.path, site.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'CollectionPage',
    '@id': url,
    name: page.name,
    description: page.description,
    url,
    inLanguage: site.language,
    isPartOf: website(site),
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: page.items.length,
      itemListElement: page.items.map((item, index) => ({
        '@type': 'ListItem',
        position: index + 1,
        name: item.name,
        url: absoluteUrl(item.path, site.url),
      })),
    },
  };
}

export interface MetaTag {
  /** Open Graph tags use property=…, Twitter's use name=…. */
  attribute: 'property' | 'name';
  key: string;
  content: string;
}

export interface SocialPage {
  title: string;
  description: string;
  path: string;
  /** Present on article pages: og:type becomes "article" with its dates, authors and tags. */
  article?: ArticleLike;
}

/** Open Graph and Twitter card tags: a text-only summary card, since the archive keeps no images. */
export function socialMetaTags(page: SocialPage, site: SiteFacts): MetaTag[] {
  const og = (key: string, content: string): MetaTag => ({ attribute: 'property', key: `og:${key}`, content });
  const tags: MetaTag[] = [
    og('type', page.article ? 'article' : 'website'),
    og('site_name', site.name),
    og('title', page.title),
    og('description', page.description),
    og('url', absoluteUrl(page.path, site.url)),
  ];
  if (page.article) {
    const { data } = page.article;
    const meta = (key: string, content: string): MetaTag => ({ attribute: 'property', key, content });
    tags.push(meta('article:published_time', data.publisher.date));
    for (const credit of data.authors) tags.push(meta('article:author', absoluteUrl(authorUrl(credit.slug), site.url)));
    for (const name of topicNames(data)) tags.push(meta('article:tag', name));
  }
  tags.push(
    { attribute: 'name', key: 'twitter:card', content: 'summary' },
    { attribute: 'name', key: 'twitter:title', content: page.title },
    { attribute: 'name', key: 'twitter:description', content: page.description },
  );
  return tags;
}

/** The /data/ page's downloads as a schema.org Dataset, so dataset search engines can list them. */
export function datasetJsonLd(
  page: { name: string; description: string; path: string; files: readonly { path: string; mediaType: string }[] },
  site: SiteFacts,
): Thing {
  const url = absoluteUrl(page.path, site.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': url,
    name: page.name,
    description: page.description,
    url,
    inLanguage: site.language,
    creator: organization(site.name),
    isPartOf: website(site),
    distribution: page.files.map((file) => ({
      '@type': 'DataDownload',
      encodingFormat: file.mediaType,
      contentUrl: absoluteUrl(file.path, site.url),
    })),
  };
}
