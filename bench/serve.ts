import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A small static server for the built site, bound to 127.0.0.1. It sends bodies uncompressed and instead logs, for
 * every response, the raw size and the size gzip would give: transfer sizes are then measured the same way for
 * every engine, whatever a real host would negotiate, and Pagefind's already-compressed files count as they are.
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

export async function serveStatic(root: string): Promise<StaticServer> {
  const gzipSizes = new Map<string, number>();
  const log: ServedResponse[] = [];
  const server: Server = createServer(async (request, response) => {
    const url = request.url ?? '/';
    const record = (status: number, contentType: string, body: Buffer, key?: string) => {
      let gzipBytes = key ? gzipSizes.get(key) : undefined;
      if (gzipBytes === undefined) {
        gzipBytes = body.length === 0 ? 0 : gzipSync(body).length;
        if (key) gzipSizes.set(key, gzipBytes);
      }
      log.push({ url, status, contentType, rawBytes: body.length, gzipBytes, at: performance.now() });
      // The built files do not change while a size is measured, so caching is allowed, as on a static host.
      response.writeHead(status, {
        'content-type': contentType,
        'content-length': body.length,
        'cache-control': 'public, max-age=600',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
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
