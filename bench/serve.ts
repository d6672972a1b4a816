import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A small static server for the built site, bound to 127.0.0.1. It sends bodies uncompressed and instead logs, for
 * every response, the raw size and the size gzip would give: transfer sizes are then measured the same way for
 * every engine, whatever a real host would negotiate, and Pagefind's already-compressed files count as they are.
 * With `gzip: true` it compresses text for clients that accept it, as a real host would: Lighthouse scores that.
 */

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's index chunks and its gzipped WebAssembly: opaque bytes its own code decompresses.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
};

export interface ServedResponse {
  /** Path and query as requested. */
  url: string;
  status: number;
  contentType: string;
  rawBytes: number;
  gzipBytes: number;
  /** performance.now() in the bench process when the response was sent. */
  at: number;
}

export interface StaticServer {
  origin: string;
  /** Every response since the last `clearLog()`, in the order they were sent. */
  log: ServedResponse[];
  clearLog(): void;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Send text gzipped to clients that accept it. Off by default: the search bench measures uncompressed bodies. */
  gzip?: boolean;
}

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const gzipSizes = new Map<string, number>();
  const gzippedBodies = new Map<string, Buffer>();
  const log: ServedResponse[] = [];
  const server: Server = createServer(async (request, response) => {
    const url = request.url ?? '/';
    const record = (status: number, contentType: string, body: Buffer, key?: string) => {
      const compress =
        options.gzip === true &&
        body.length > 0 &&
        isCompressible(contentType) &&
        acceptsGzip(request.headers['accept-encoding']);
      let gzipped = compress && key ? gzippedBodies.get(key) : undefined;
      if (compress && !gzipped) {
        gzipped = gzipSync(body);
        if (key) gzippedBodies.set(key, gzipped);
      }
      let gzipBytes = gzipped?.length ?? (key ? gzipSizes.get(key) : undefined);
      if (gzipBytes === undefined) {
        gzipBytes = body.length === 0 ? 0 : gzipSync(body).length;
        if (key) gzipSizes.set(key, gzipBytes);
      }
      log.push({ url, status, contentType, rawBytes: body.length, gzipBytes, at: performance.now() });
      const sent = gzipped ?? body;
      // The built files do not change while a size is measured, so caching is allowed, as on a static host.
      response.writeHead(status, {
        'content-type': contentType,
        'content-length': sent.length,
        'cache-control': 'public, max-age=600',
        ...(options.gzip ? { vary: 'accept-encoding' } : {}),
        ...(gzipped ? { 'content-encoding': 'gzip' } : {}),
      });
      response.end(request.method === 'HEAD' ? undefined : sent);
    };
    try {
      const file = await resolveFile(root, url);
      if (!file) {
        record(404, 'text/plain; charset=utf-8', Buffer.from('Not found'));
        return;
      }
      const body = await readFile(file);
      record(200, CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', body, file);
    } catch (error) {
      record(500, 'text/plain; charset=utf-8', Buffer.from(String(error)));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    log,
    clearLog: () => void log.splice(0),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Text worth compressing; images, fonts and Pagefind's chunks are compressed already. */
function isCompressible(contentType: string): boolean {
  return /^(?:text\/|application\/(?:json|javascript|xml)|image\/svg\+xml)/.test(contentType);
}

/** Whether an Accept-Encoding header allows gzip: named, or covered by `*`, with a quality above 0. */
export function acceptsGzip(header: string | undefined): boolean {
  const qualities = new Map<string, number>();
  for (const entry of (header ?? '').split(',')) {
    const [coding = '', ...parameters] = entry.split(';').map((part) => part.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    qualities.set(coding, quality === undefined ? 1 : Number(quality.slice(2)));
  }
  return (qualities.get('gzip') ?? qualities.get('*') ?? 0) > 0;
}

/** The file a URL path names under root: "/a/" is "/a/index.html", as on the hosts Astro's directory format targets. */
async function resolveFile(root: string, url: string): Promise<string | null> {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null;
  }
  const candidate = normalize(join(root, path));
  if (candidate !== root && !candidate.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  for (const file of path.endsWith('/')
    ? [join(candidate, 'index.html')]
    : [candidate, join(candidate, 'index.html')]) {
    const info = await stat(file).catch(() => null);
    if (info?.isFile()) return file;
  }
  return null;
}
