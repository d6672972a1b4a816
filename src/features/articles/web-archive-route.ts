import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { servedOneByOne } from '../../shared/served-one-by-one';
import { CAPTURES_FOLDER, verifyCapture } from './provenance';

/** The endings a stored web archive's name has (see storedArchiveName in ingest). */
export type WebArchiveExtension = 'warc' | 'warc.gz' | 'wacz';

/**
 * The route of each web archive (WARC or WACZ) with one ending: served once, byte for byte, however many articles it
 * gave, and checked like every capture. One route per ending, as in src/pages/data/: a route whose name holds no
 * ending is given the site's trailing slash, and the dev server answered /captures/<name>.warc.gz with 404.
 */
export function webArchiveRoute(extension: WebArchiveExtension): {
  getStaticPaths: GetStaticPaths;
  GET: APIRoute<{ entry: CollectionEntry<'articles'> }>;
} {
  const suffix = `.${extension}`;
  return {
    getStaticPaths: async () => {
      const articles = await getCollection('articles', ({ data }) => data.capture.stored?.endsWith(suffix) === true);
      const byArchive = new Map(articles.map((entry) => [entry.data.capture.stored!, entry]));
      return servedOneByOne([...byArchive]).map(([archive, entry]) => ({
        params: { name: archive.slice(0, -suffix.length) },
        props: { entry },
      }));
    },
    GET: async ({ props }) => {
      const { capture } = props.entry.data;
      const path = join(process.cwd(), CAPTURES_FOLDER, capture.stored!);
      verifyCapture(path, capture);
      // A download, never a page: the archive's bytes are not for a browser to interpret.
      const type = capture.format === 'wacz' ? 'application/wacz' : 'application/warc';
      return new Response(await readFile(path), { headers: { 'Content-Type': type } });
    },
  };
}
