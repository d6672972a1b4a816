/** The index files but the manifest, one route each on the dev server; a build copies them in bulk. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { collectionIndex } from '../../features/search/collection-index';
import { servedOneByOne } from '../../shared/served-one-by-one';

export const getStaticPaths = (async () => {
  const { folder, files } = await collectionIndex();
  return servedOneByOne(files).map((path) => ({
    params: { file: path.replace(/\.json$/, '') },
    props: { written: join(folder, path) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ written: string }> = ({ props }) =>
  new Response(readFileSync(props.written), { headers: { 'Content-Type': 'application/json' } });
