/** Every article's citation as CSL-JSON items, newest first, for importing the whole collection at once. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sortNewestFirst } from '../../features/articles/catalog';
import { formatCslJson } from '../../features/citations/csl';
import { CITATION_FORMATS } from '../../features/citations/formats';
import { citationRecord } from '../../features/citations/record';
import { site } from '../../site.config';

export const GET: APIRoute = async () => {
  const records = sortNewestFirst(await getCollection('articles')).map((entry) => citationRecord(entry, site));
  return new Response(formatCslJson(records), {
    headers: { 'Content-Type': CITATION_FORMATS.json.mediaType },
  });
};
