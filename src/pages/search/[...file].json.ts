/** The index files but the manifest, one route each on the dev server; a build writes them in bulk. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { indexFiles } from '../../features/search/build-index';
import { collectionIndex } from '../../features/search/collection-index';
import { servedOneByOne } from '../../features/bulk-files/file-sets';

export const getStaticPaths = (async () =>
  servedOneByOne(indexFiles(await collectionIndex())).map(({ path, value }) => ({
    params: { file: path.replace(/\.json$/, '') },
    props: { value },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ value: unknown }> = ({ props }) => Response.json(props.value);
