/** The RSS feed of the collection: its newest articles, newest first; every page links it from its <head>. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { DUBLIN_CORE_NAMESPACE, feedItems } from '../features/open-data/feed';
import { absoluteUrl, siteHref } from '../shared/urls';
import { site } from '../site.config';

export const GET: APIRoute = async () =>
  rss({
    title: site.name,
    description: site.description,
    // The channel's link is the home page, under the base; item links are already under it.
    site: absoluteUrl(siteHref('/'), site.url),
    items: feedItems(await getCollection('articles')),
    xmlns: DUBLIN_CORE_NAMESPACE,
    customData: `<language>${site.language}</language>`,
    trailingSlash: true,
  });
