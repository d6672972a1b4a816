import type { APIRoute } from 'astro';
import { collectionIndex } from '../../features/search/collection-index';

export const GET: APIRoute = async () => Response.json((await collectionIndex()).manifest);
