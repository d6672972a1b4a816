/** The verbatim capture of each one-page article, byte for byte, checked against the sha256 its frontmatter records. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { CAPTURES_FOLDER, storedCaptureName, verifyCapture } from '../../features/articles/provenance';
import { servedOneByOne } from '../../shared/served-one-by-one';

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles', ({ data }) => data.capture.stored === undefined);
  return servedOneByOne(articles).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'articles'> }> = async ({ props }) => {
  const { entry } = props;
  const path = join(process.cwd(), CAPTURES_FOLDER, storedCaptureName(entry.id, entry.data.capture));
  verifyCapture(path, entry.data.capture);
  // Text, whatever the capture holds: a saved HTML page is shown as its source, never rendered or run.
  return new Response(await readFile(path), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
