/** Every article's citation as BibTeX entries, newest first, for importing the whole collection at once. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { sortNewestFirst } from '../../features/articles/catalog';
import { formatBibtexCollection } from '../../features/citations/bibtex';
import { CITATION_FORMATS } from '../../features/citations/formats';
import { citationRecord } from '../../features/citations/record';
import { site } from '../../site.config';

export const GET: APIRoute = async () => {
  const records = sortNewestFirst(await getCollection('articles')).map((entry) => citationRecord(entry, site));
  return new Response(formatBibtexCollection(records), {
    headers: { 'Content-Type': CITATION_FORMATS.bib.mediaType },
  });
};
