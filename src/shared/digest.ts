import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';

/** The checksum that identifies a capture: the ingest matches captures by it, the site verifies copies by it. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const CHUNK_BYTES = 1024 * 1024;

// One buffer serves every call, which is safe because the function is synchronous. A fresh megabyte for each file
// (the bulk files verify every capture) left the allocator's heap fragmented: a 10,000-article build kept about
// 1.5 GB resident that it had already freed.
let syncChunk: Buffer | undefined;

/** The sha256 of a file read a megabyte at a time, so a large web archive is never held in memory whole. */
export function sha256OfFileSync(path: string): string {
  const hash = createHash('sha256');
  const chunk = (syncChunk ??= Buffer.allocUnsafe(CHUNK_BYTES));
  const fd = openSync(path, 'r');
  try {
    for (let read = readSync(fd, chunk); read > 0; read = readSync(fd, chunk)) hash.update(chunk.subarray(0, read));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** The same, streamed, for the ingest, which reads web archives while it hashes them. */
export async function sha256OfFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_BYTES })) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
