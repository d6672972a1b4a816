/** Every article's metadata as a CSV table, one row per article. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { articlesCsv } from '../../features/open-data/data-export';
import { site } from '../../site.config';

export const GET: APIRoute = async () =>
  new Response(articlesCsv(await getCollection('articles'), site), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
