import type { APIRoute, GetStaticPaths } from 'astro';
import { collectionIndex } from '../../../search/collection-index';
import { servedOneByOne } from '../../bulk-files/_file-sets';

export const getStaticPaths = (async () => {
  const { texts } = await collectionIndex();
  return servedOneByOne(texts).map((text, index) => ({ params: { doc: String(index) }, props: { text } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => Response.json(props.text);
