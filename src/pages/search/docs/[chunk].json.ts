import type { APIRoute, GetStaticPaths } from 'astro';
import { collectionIndex } from '../../../search/collection-index';

export const getStaticPaths = (async () => {
  const { docChunks } = await collectionIndex();
  return docChunks.map((docs, index) => ({ params: { chunk: String(index) }, props: { docs } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.docs);
