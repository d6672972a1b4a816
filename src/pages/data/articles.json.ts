/** Every article's metadata as one JSON document. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articlesJson } from '../../features/open-data/data-export';
import { site } from '../../site.config';

export const GET: APIRoute = async () =>
  new Response(articlesJson(await getCollection('articles'), site), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
