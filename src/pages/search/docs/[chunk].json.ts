import type { APIRoute, GetStaticPaths } from 'astro';
import { collectionIndex } from '../../../search/collection-index';
import { servedOneByOne } from '../../bulk-files/_file-sets';

export const getStaticPaths = (async () => {
  const { docChunks } = await collectionIndex();
  return servedOneByOne(docChunks).map((docs, index) => ({ params: { chunk: String(index) }, props: { docs } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.docs);
