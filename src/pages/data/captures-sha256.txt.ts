/** The verbatim captures' checksums, in the format `sha256sum --check` reads. */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { captureChecksums } from '../../features/open-data/data-export';

export const GET: APIRoute = async () =>
  new Response(captureChecksums(await getCollection('articles')), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
