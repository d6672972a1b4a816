/** Every article's metadata and full cleaned text, one JSON object a line. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articlesJsonLines } from '../../features/open-data/data-export';
import { site } from '../../site.config';

export const GET: APIRoute = async () =>
  new Response(articlesJsonLines(await getCollection('articles'), site), {
    headers: { 'Content-Type': 'application/jsonl; charset=utf-8' },
  });
