/** The verbatim capture of each article, byte for byte, checked against the sha256 its frontmatter records. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection, type CollectionEntry } from 'astro:content';
import { CAPTURES_FOLDER, verifyCapture } from '../../features/articles/provenance';
import { servedOneByOne } from '../../features/bulk-files/file-sets';

const CAPTURES_DIR = join(process.cwd(), CAPTURES_FOLDER);

export const getStaticPaths = (async () => {
  const articles = await getCollection('articles');
  return servedOneByOne(articles).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'articles'> }> = async ({ props }) => {
  const { entry } = props;
  const path = join(CAPTURES_DIR, `${entry.id}.txt`);
  const buffer = await readFile(path);
  verifyCapture(buffer, entry.data.capture, path);
  return new Response(buffer, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
