/** Each web archive (WARC or WACZ) once, byte for byte, however many articles it gave; checked like every capture. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { CAPTURES_FOLDER, verifyCapture } from '../../features/articles/provenance';
import { servedOneByOne } from '../../shared/served-one-by-one';

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles', ({ data }) => data.capture.stored !== undefined);
  const byArchive = new Map(articles.map((entry) => [entry.data.capture.stored!, entry]));
  return servedOneByOne([...byArchive]).map(([archive, entry]) => ({ params: { archive }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'articles'> }> = async ({ props }) => {
  const { capture } = props.entry.data;
  const path = join(process.cwd(), CAPTURES_FOLDER, capture.stored!);
  verifyCapture(path, capture);
  // A download, never a page: the archive's bytes are not for a browser to interpret.
  const type = capture.format === 'wacz' ? 'application/wacz' : 'application/warc';
  return new Response(await readFile(path), { headers: { 'Content-Type': type } });
};
