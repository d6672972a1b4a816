import type { APIRoute, GetStaticPaths } from 'astro';
import { collectionIndex } from '../../../search/collection-index';
import { servedOneByOne } from '../../bulk-files/_file-sets';

export const getStaticPaths = (async () => {
  const { wordShards } = await collectionIndex();
  return servedOneByOne(wordShards).map((shard, index) => ({ params: { shard: String(index) }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.shard);
