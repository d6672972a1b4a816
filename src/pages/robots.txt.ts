/** robots.txt, written from the site's address so the sitemap line follows whichever collection is built. */
import type { APIRoute } from 'astro';
import { absoluteUrl, siteHref } from '../shared/urls';
import { site } from '../site.config';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(siteHref('/sitemap-index.xml'), site.url)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
