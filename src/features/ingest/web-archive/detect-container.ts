import { constants, gunzipSync } from 'node:zlib';

const WARC_VERSION_LINE = /^WARC\/1\.[01]\r?\n/;
/** Enough of a file's start for detectContainer to decide: a gzip member's deflate tables fit well inside. */
export const CONTAINER_HEAD_BYTES = 4096;

/**
 * Which web-archive container a file is, from its first bytes (pass CONTAINER_HEAD_BYTES, or the whole file
 * when it is shorter): a WARC, plain or gzip-compressed, or a zip that may be a WACZ (readWacz decides that).
 */
export function detectContainer(head: Uint8Array): 'warc' | 'wacz' | undefined {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return 'wacz';
  const text = startsWith(head, [0x1f, 0x8b]) ? inflatedStart(head.subarray(0, CONTAINER_HEAD_BYTES)) : head;
  return WARC_VERSION_LINE.test(latin1(text.subarray(0, 16))) ? 'warc' : undefined;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((byte, index) => bytes[index] === byte);
}

function inflatedStart(head: Uint8Array): Uint8Array {
  try {
    // The head is usually cut inside the first member; a sync flush yields what it holds instead of failing.
    return gunzipSync(head, { finishFlush: constants.Z_SYNC_FLUSH });
  } catch {
    return new Uint8Array();
  }
}

function latin1(bytes: Uint8Array): string {
  return new TextDecoder('latin1').decode(bytes);
}
