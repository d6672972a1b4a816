/** The whole-collection data files, one route each on the dev server; a build writes them a part at a time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { servedOneByOne } from '../../features/bulk-files/file-sets';
import { COLLECTION_FILES } from '../../features/open-data/collection-files';
import { wholeText } from '../../shared/parted-text';
import { site } from '../../site.config';

export const getStaticPaths = (() =>
  servedOneByOne(Object.keys(COLLECTION_FILES)).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = COLLECTION_FILES[params.file!]!;
  return new Response(wholeText(file.text(await getCollection('articles'), site)), {
    headers: { 'Content-Type': file.contentType },
  });
};
