import type { APIRoute, GetStaticPaths } from 'astro';
import { collectionIndex } from '../../../search/collection-index';
import { servedOneByOne } from '../../bulk-files/_file-sets';

export const getStaticPaths = (async () => {
  const { pairShards } = await collectionIndex();
  return servedOneByOne(pairShards).map((shard, index) => ({ params: { shard: String(index) }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.shard);
