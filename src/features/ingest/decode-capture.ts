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
  if (!/[^\s\u00a0\ufeff]/u.test(unified)) throw new IngestError('the file holds only white space');
  return unified;
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest prefix that still decodes (an unfinished last character allowed) ends where decoding fails.
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (decodes(bytes.subarray(0, middle))) low = middle;
    else high = middle - 1;
  }
  // The decoder fails at the byte that breaks a sequence, or at the end of the file when the last one is cut
  // short; the bad byte is the lead byte of that unfinished sequence.
  return startOfUnfinishedSequence(bytes, low);
}

function startOfUnfinishedSequence(bytes: Uint8Array, end: number): number {
  let start = end;
  while (start > 0 && end - start < 3 && (bytes[start - 1]! & 0xc0) === 0x80) start -= 1;
  const lead = start > 0 ? bytes[start - 1]! : 0;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return length > 1 && end - (start - 1) < length ? start - 1 : end;
}

function decodes(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Saved pages are larger than Markdown: SingleFile inlines a page's images and fonts. */
export const MAX_HTML_BYTES = 50 * 1024 * 1024;
const LATIN1 = new TextDecoder('latin1');
const DECLARED_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i;

/**
 * A saved page's bytes to text, in the encoding its byte-order mark or its meta charset declares (UTF-8 when it
 * declares none, as the HTML standard's default for saved documents is taken here).
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes.length > MAX_HTML_BYTES) {
    throw new IngestError(`the page is ${bytes.length} bytes; saved pages are at most ${MAX_HTML_BYTES} bytes`);
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const declared = hasBom ? 'utf-8' : (DECLARED_CHARSET.exec(LATIN1.decode(bytes.subarray(0, 2048)))?.[1] ?? 'utf-8');
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(declared, { fatal: true });
  } catch {
    throw new IngestError(`the page declares the character set "${declared}", which this ingest cannot read`);
  }
  try {
    return decoder.decode(bytes).replace(/\r\n?/g, '\n');
  } catch {
    throw new IngestError(`the page is not valid ${decoder.encoding} as it declares`);
  }
}
