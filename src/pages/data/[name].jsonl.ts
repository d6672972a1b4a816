/**
 * articles.jsonl, every article's metadata and full cleaned text, one JSON object a line. The dev server serves it
 * from this route; a build writes it a line at a time in bulk (bulk-files/file-sets.ts), as no string can hold the
 * text of a hundred thousand articles.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { servedOneByOne } from '../../features/bulk-files/file-sets';
import { articlesJsonLines } from '../../features/open-data/data-export';
import { site } from '../../site.config';

export const getStaticPaths = (() => servedOneByOne([{ params: { name: 'articles' } }])) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(articlesJsonLines(await getCollection('articles'), site), {
    headers: { 'Content-Type': 'application/jsonl; charset=utf-8' },
  });
