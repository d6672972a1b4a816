import type { APIRoute, GetStaticPaths } from 'astro';
import { collectionIndex } from '../../../search/collection-index';

export const getStaticPaths = (async () => {
  const { shards } = await collectionIndex();
  return shards.map((shard, index) => ({ params: { shard: String(index) }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.shard);
