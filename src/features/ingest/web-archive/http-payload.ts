import * as zlib from 'node:zlib';
import { AsyncIterReader } from 'warcio';

/** Decoded bodies past this are refused: no HTML page is that large, but a compression bomb is. */
export const MAX_DECODED_BYTES = 64 * 1024 * 1024;

export type DecodedPayload = { ok: true; payload: Uint8Array } | { ok: false; problem: string };

type Decoder = (body: Uint8Array) => Uint8Array;
const limits = { maxOutputLength: MAX_DECODED_BYTES };

const decoders: Record<string, Decoder | undefined> = {
  gzip: (body) => zlib.gunzipSync(body, limits),
  'x-gzip': (body) => zlib.gunzipSync(body, limits),
  // Servers disagree on whether "deflate" means zlib-wrapped or raw deflate; browsers accept both, so do we.
  deflate: (body) => {
    try {
      return zlib.inflateSync(body, limits);
    } catch (error) {
      if (tooLarge(error)) throw error;
      return zlib.inflateRawSync(body, limits);
    }
  },
  br: (body) => zlib.brotliDecompressSync(body, limits),
  zstd: 'zstdDecompressSync' in zlib ? (body) => zlib.zstdDecompressSync(body, limits) : undefined,
};

/**
 * The payload an HTTP message body carries: de-chunked when its Transfer-Encoding says chunked, then undone
 * of every transfer and content coding, last applied first. A body stored already de-chunked under a chunked
 * header passes through, as replay tools allow.
 */
export async function decodeHttpPayload(body: Uint8Array, headers: Headers): Promise<DecodedPayload> {
  const transferCodings = codings(headers.get('transfer-encoding'));
  let payload = body;
  if (transferCodings.at(-1) === 'chunked') {
    transferCodings.pop();
    const dechunking = new AsyncIterReader([body], null, true);
    payload = await dechunking.readFully();
    if (dechunking.errored) return { ok: false, problem: 'its chunked body is broken' };
  }
  for (const coding of [...transferCodings, ...codings(headers.get('content-encoding'))].reverse()) {
    const decode = decoders[coding];
    if (!decode) return { ok: false, problem: `its body is in the ${coding} coding, which the archive cannot decode` };
    try {
      payload = decode(payload);
    } catch (error) {
      const problem = tooLarge(error)
        ? `its ${coding}-coded body decodes to more than ${MAX_DECODED_BYTES} bytes`
        : `its ${coding}-coded body does not decode`;
      return { ok: false, problem };
    }
  }
  return { ok: true, payload };
}

function tooLarge(error: unknown): boolean {
  return (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE';
}

function codings(header: string | null): string[] {
  return (header ?? '')
    .split(',')
    .map((coding) => coding.trim().toLowerCase())
    .filter((coding) => coding !== '' && coding !== 'identity');
}
