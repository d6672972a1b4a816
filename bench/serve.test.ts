import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, serveStatic } from './serve';

const PAGE = `<!doctype html><title>t</title>${'<p>A paragraph of the archive.</p>'.repeat(50)}`;

function get(
  url: string,
  headers: Record<string, string> = {},
): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

describe('serveStatic', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'serve-test-'));
    await writeFile(join(root, 'index.html'), PAGE);
    await writeFile(join(root, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('sends bodies as they are by default, even to a client that accepts gzip, and logs both sizes', async () => {
    const server = await serveStatic(root);
    try {
      const response = await get(`${server.origin}/`, { 'accept-encoding': 'gzip' });
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.body.toString()).toBe(PAGE);
      expect(server.log[0]).toMatchObject({ url: '/', status: 200, rawBytes: PAGE.length });
      expect(server.log[0]!.gzipBytes).toBeLessThan(PAGE.length);
    } finally {
      await server.close();
    }
  });

  it('with gzip on, compresses text for clients that accept it and only for them', async () => {
    const server = await serveStatic(root, { gzip: true });
    try {
      const compressed = await get(`${server.origin}/`, { 'accept-encoding': 'gzip, deflate, br' });
      expect(compressed.headers['content-encoding']).toBe('gzip');
      expect(Number(compressed.headers['content-length'])).toBe(compressed.body.length);
      expect(gunzipSync(compressed.body).toString()).toBe(PAGE);

      const plain = await get(`${server.origin}/`);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body.toString()).toBe(PAGE);

      const image = await get(`${server.origin}/photo.png`, { 'accept-encoding': 'gzip' });
      expect(image.headers['content-encoding']).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});

describe('acceptsGzip', () => {
  it('follows the Accept-Encoding header, qualities included', () => {
    expect(acceptsGzip('gzip, deflate, br')).toBe(true);
    expect(acceptsGzip('br;q=1.0, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0, *')).toBe(false);
    expect(acceptsGzip('br, deflate')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
