/** The article's citation as a BibTeX entry, for reference managers. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { servedOneByOne } from '../../../shared/served-one-by-one';
import { CITATION_FORMATS, citationText } from '../../../features/citations/formats';

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return servedOneByOne(articles).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'articles'> }> = ({ props }) =>
  new Response(citationText(props.entry, 'bib'), {
    headers: { 'Content-Type': CITATION_FORMATS.bib.mediaType },
  });
