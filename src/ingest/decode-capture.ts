import { IngestError } from './ingest-error';

export const MAX_CAPTURE_BYTES = 5 * 1024 * 1024;
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Bytes to text, refusing what is not a text capture. Line endings are unified; the stored capture keeps its bytes. */
export function decodeCapture(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new IngestError('the file is empty');
  if (bytes.length > MAX_CAPTURE_BYTES) {
    throw new IngestError(`the file is ${bytes.length} bytes; captures are at most ${MAX_CAPTURE_BYTES} bytes`);
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new IngestError(`binary file: it has a NUL byte at offset ${nul}`);
  let text: string;
  try {
    text = STRICT_UTF8.decode(bytes);
  } catch {
    throw new IngestError(`not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8Offset(bytes)})`);
  }
  const unified = text.replace(/\r\n?/g, '\n');
  if (unified.replace(/[\s\u00a0\ufeff]/gu, '') === '') throw new IngestError('the file holds only white space');
  return unified;
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest prefix that still decodes ends just before the first bad byte, give or take a sequence.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (decodes(bytes.subarray(0, middle))) low = middle;
    else high = middle - 1;
  }
  return low;
}

function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
