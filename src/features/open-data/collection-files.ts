/**
 * The /data/ files of the whole collection, each as text in parts. The dev server serves each one whole, from a
 * route per extension (src/pages/data/[name].json.ts and the rest: a route whose file name has no extension gets
 * the site's trailing slash); a build writes each a part at a time (bulk-files/file-sets.ts), so no string holds one:
 * at 100,000 articles articles.jsonl is about 440 MB and articles.json about 240 MB.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { sortNewestFirst } from '../articles/catalog';
import { bibtexCollection } from '../citations/bibtex';
import { cslJsonCollection } from '../citations/csl';
import { CITATION_FORMATS } from '../citations/formats';
import { citationRecord } from '../citations/record';
import { risCollection } from '../citations/ris';
import { wholeText, type PartedText } from '../../shared/parted-text';
import { servedOneByOne } from '../../shared/served-one-by-one';
import { site } from '../../site.config';
import { articlesCsv, articlesJson, articlesJsonLines, captureChecksums } from './data-export';

type Articles = CollectionEntry<'articles'>[];
type Site = typeof site;

interface CollectionFile {
  contentType: string;
  text: (articles: Articles, site: Site) => PartedText;
}

const citations =
  (collection: typeof bibtexCollection) =>
  (articles: Articles, site: Site): PartedText =>
    collection(sortNewestFirst(articles), (entry) => citationRecord(entry, site));

/** By file name under /data/. */
export const COLLECTION_FILES: Record<string, CollectionFile> = {
  'articles.json': { contentType: 'application/json; charset=utf-8', text: articlesJson },
  'articles.csv': { contentType: 'text/csv; charset=utf-8; header=present', text: articlesCsv },
  'articles.jsonl': { contentType: 'application/jsonl; charset=utf-8', text: articlesJsonLines },
  'citations.bib': { contentType: CITATION_FORMATS.bib.mediaType, text: citations(bibtexCollection) },
  'citations.ris': { contentType: CITATION_FORMATS.ris.mediaType, text: citations(risCollection) },
  'citations.json': { contentType: CITATION_FORMATS.json.mediaType, text: citations(cslJsonCollection) },
  'captures-sha256.txt': { contentType: 'text/plain; charset=utf-8', text: (articles) => captureChecksums(articles) },
};

/** The dev server's route for the files of one extension, such as "json" for articles.json and citations.json. */
export function collectionFileRoute(extension: string): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  const names = Object.keys(COLLECTION_FILES).filter((name) => name.endsWith(`.${extension}`));
  return {
    getStaticPaths: () =>
      servedOneByOne(names).map((name) => ({ params: { name: name.slice(0, -extension.length - 1) } })),
    GET: async ({ params }) => {
      const file = COLLECTION_FILES[`${params.name}.${extension}`]!;
      return new Response(wholeText(file.text(await getCollection('articles'), site)), {
        headers: { 'Content-Type': file.contentType },
      });
    },
  };
}
