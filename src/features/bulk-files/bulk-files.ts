import type { PartedText } from '../../shared/parted-text';

/**
 * Files a build writes in bulk instead of one route render each.
 *
 * Astro writes every prerendered file with its own awaited mkdir, open, write and close. On a shared disk that is
 * about 0.9 ms a file, and at ten thousand articles the per-article files (three citations, the capture, the
 * search texts and shards: some sixty thousand) took a fifth of the build (198 s to 154 s, profiled). So a build
 * renders them into a few chunks of newline-delimited JSON, and the bulk-files integration unpacks the chunks once
 * the build is done.
 */

/**
 * A file to write: its text, or a copy of a file in the project (a capture, byte for byte). A text that `continues`
 * is appended to the file the entry before it wrote: a file of the whole collection (articles.jsonl holds every
 * article's text) is written a part at a time, so no chunk, and no string, holds all of it.
 */
export type BulkFile = { path: string; text: string; continues?: true } | { path: string; copyOf: string };

/**
 * A bulk file whose text is produced only when its chunk is rendered, so no build holds all of them at once. A copy
 * may carry a check that throws if its source is not what it should be.
 */
export type PendingBulkFile =
  { path: string; text: () => string; continues?: true } | { path: string; copyOf: string; check?: () => void };

/** One file in parts, each produced only when its chunk is rendered. */
export function inParts(path: string, text: PartedText): PendingBulkFile[] {
  if (text.count === 0) return [{ path, text: () => text.empty }];
  return Array.from({ length: text.count }, (_, at) => ({
    path,
    text: () => text.part(at),
    ...(at > 0 ? { continues: true as const } : {}),
  }));
}

/** Where the chunks are rendered, under the site root; the integration removes the folder after unpacking. */
export const BULK_FILES_FOLDER = 'bulk-files';

/** Enough to keep the chunk count small, small enough that one chunk's text stays a few tens of megabytes. */
export const BULK_FILES_PER_CHUNK = 2000;

/** One JSON object a line; a path is a site path such as "/captures/x.txt", a copy's source relative to the project. */
export function encodeBulkFiles(files: Iterable<PendingBulkFile>): string {
  const lines: string[] = [];
  for (const file of files) {
    checkSitePath(file.path);
    if ('copyOf' in file) file.check?.();
    lines.push(
      JSON.stringify(
        'copyOf' in file
          ? { path: file.path, copyOf: file.copyOf }
          : { path: file.path, text: file.text(), ...(file.continues ? { continues: true } : {}) },
      ),
    );
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

export function decodeBulkFiles(ndjson: string, where: string): BulkFile[] {
  return ndjson
    .split('\n')
    .filter((line) => line !== '')
    .map((line, at) => {
      const file = JSON.parse(line) as Partial<Record<'path' | 'text' | 'copyOf' | 'continues', unknown>>;
      const valid =
        typeof file.path === 'string' &&
        (typeof file.text === 'string') !== (typeof file.copyOf === 'string') &&
        (file.continues === undefined || (file.continues === true && typeof file.text === 'string'));
      if (!valid)
        throw new Error(`${where}:${at + 1}: expected {path, text}, {path, text, continues: true} or {path, copyOf}`);
      checkSitePath(file.path as string);
      return file as BulkFile;
    });
}

export function chunked<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/** A bulk file lands inside the built site, never beside it. */
function checkSitePath(path: string): void {
  if (!path.startsWith('/') || path.endsWith('/') || path.split('/').some((part) => part === '..' || part === '.'))
    throw new Error(`bulk file path must be a file path under the site root: ${JSON.stringify(path)}`);
}
