import type { APIRoute, GetStaticPaths } from 'astro';
import {
  BULK_FILES_PER_CHUNK,
  chunked,
  encodeBulkFiles,
  type PendingBulkFile,
} from '../../features/bulk-files/bulk-files';
import { bulkFileSet } from '../../features/bulk-files/file-sets';

// Only a build writes files in bulk; the dev server serves each file from its own route.
export const getStaticPaths = (async () => {
  if (import.meta.env.DEV) return [];
  return chunked(await bulkFileSet(), BULK_FILES_PER_CHUNK).map((files, index) => ({
    params: { chunk: String(index).padStart(4, '0') },
    props: { files },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ files: PendingBulkFile[] }> = ({ props }) =>
  new Response(encodeBulkFiles(props.files), { headers: { 'Content-Type': 'application/x-ndjson; charset=utf-8' } });
