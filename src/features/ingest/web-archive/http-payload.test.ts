import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync, zstdCompressSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeHttpPayload, MAX_DECODED_BYTES } from './http-payload';

const html = new TextEncoder().encode(
  '<html><body><p>The ferry leaves at dawn, said the harbour notice.</p></body></html>',
);
const text = (value: string) => new TextEncoder().encode(value);

function chunked(body: Uint8Array, size: number, trailer = ''): Uint8Array {
  const parts: Uint8Array[] = [];
  for (let start = 0; start < body.length; start += size) {
    const chunk = body.subarray(start, start + size);
    parts.push(text(`${chunk.length.toString(16)}\r\n`), chunk, text('\r\n'));
  }
  parts.push(text(`0\r\n${trailer}\r\n`));
  return Buffer.concat(parts);
}

async function decoded(body: Uint8Array, headers: Record<string, string>) {
  const result = await decodeHttpPayload(body, new Headers(headers));
  if (!result.ok) throw new Error(`expected a payload, got: ${result.problem}`);
  return Buffer.from(result.payload).toString('utf8');
}

async function problem(body: Uint8Array, headers: Record<string, string>) {
  const result = await decodeHttpPayload(body, new Headers(headers));
  if (result.ok) throw new Error('expected the body to be refused');
  return result.problem;
}

const page = Buffer.from(html).toString('utf8');

describe('decodeHttpPayload', () => {
  it('passes a body with no coding through', async () => {
    expect(await decoded(html, {})).toBe(page);
    expect(await decoded(html, { 'Content-Encoding': 'identity' })).toBe(page);
  });

  it('undoes each content coding the web uses', async () => {
    expect(await decoded(gzipSync(html), { 'Content-Encoding': 'gzip' })).toBe(page);
    expect(await decoded(gzipSync(html), { 'Content-Encoding': 'x-gzip' })).toBe(page);
    expect(await decoded(brotliCompressSync(html), { 'Content-Encoding': 'br' })).toBe(page);
    expect(await decoded(zstdCompressSync(html), { 'Content-Encoding': 'zstd' })).toBe(page);
    expect(await decoded(deflateSync(html), { 'Content-Encoding': 'deflate' })).toBe(page);
    // Some servers send raw deflate under "deflate".
    expect(await decoded(deflateRawSync(html), { 'Content-Encoding': 'Deflate' })).toBe(page);
  });

  it('undoes stacked codings last applied first', async () => {
    expect(await decoded(brotliCompressSync(gzipSync(html)), { 'Content-Encoding': 'gzip, br' })).toBe(page);
  });

  it('de-chunks, then decodes', async () => {
    expect(await decoded(chunked(html, 10), { 'Transfer-Encoding': 'chunked' })).toBe(page);
    const headers = { 'Transfer-Encoding': 'chunked', 'Content-Encoding': 'gzip' };
    expect(await decoded(chunked(gzipSync(html), 7), headers)).toBe(page);
    // A transfer coding under the chunking is undone too.
    expect(await decoded(chunked(gzipSync(html), 16), { 'Transfer-Encoding': 'gzip, chunked' })).toBe(page);
  });

  it('passes through a body stored already de-chunked under a chunked header', async () => {
    expect(await decoded(html, { 'Transfer-Encoding': 'chunked' })).toBe(page);
  });

  it('refuses a chunked body that breaks off or goes wrong after its first chunk', async () => {
    const headers = { 'Transfer-Encoding': 'chunked' };
    const whole = chunked(html, 10);
    expect(await problem(whole.subarray(0, 40), headers)).toBe('its chunked body is broken');
    // Every chunk there, but not the last (zero-length) one.
    expect(await problem(whole.subarray(0, whole.length - 5), headers)).toBe('its chunked body is broken');
    const badSize = Buffer.concat([whole.subarray(0, 15), text('zz\r\n'), whole.subarray(15)]);
    expect(await problem(badSize, headers)).toBe('its chunked body is broken');
  });

  it('refuses a body whose coding does not decode, or is unknown', async () => {
    expect(await problem(html, { 'Content-Encoding': 'gzip' })).toBe('its gzip-coded body does not decode');
    expect(await problem(gzipSync(html).subarray(0, 20), { 'Content-Encoding': 'gzip' })).toBe(
      'its gzip-coded body does not decode',
    );
    expect(await problem(html, { 'Content-Encoding': 'compress' })).toBe(
      'its body is in the compress coding, which the archive cannot decode',
    );
  });

  it('refuses a body that inflates past the limit', async () => {
    const bomb = gzipSync(Buffer.alloc(MAX_DECODED_BYTES + 1));
    expect(await problem(bomb, { 'Content-Encoding': 'gzip' })).toBe(
      `its gzip-coded body decodes to more than ${MAX_DECODED_BYTES} bytes`,
    );
    expect(await problem(deflateSync(Buffer.alloc(MAX_DECODED_BYTES + 1)), { 'Content-Encoding': 'deflate' })).toBe(
      `its deflate-coded body decodes to more than ${MAX_DECODED_BYTES} bytes`,
    );
  });
});
