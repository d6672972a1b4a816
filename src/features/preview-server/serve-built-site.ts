/**
 * The preview server for the built site: Vite's, as `astro preview` runs it, with the site's text files served as
 * UTF-8 and Astro's preview rules (trailing slashes, the not-found page). Node loads this file itself (it strips
 * the types), so it imports only packages and modules named with their extension.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type Plugin } from 'vite';
import { TEXT_TYPES } from '../../shared/text-types.ts';

interface PreviewParams {
  outDir: URL;
  host: string | undefined;
  port: number;
  base: string;
  headers?: Record<string, string>;
  root: URL;
}

function notFound(res: ServerResponse, client: URL): void {
  const page = fileURLToPath(new URL('404.html', client));
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.end(existsSync(page) ? readFileSync(page) : 'Not found');
}

function builtSite(client: URL, base: string): Plugin {
  return {
    name: 'archive:built-site',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
        // The site uses trailing slashes: "/about" is not a page, as on the host.
        if (!pathname.startsWith(base) || (!pathname.endsWith('/') && extname(pathname) === '')) {
          notFound(res, client);
          return;
        }
        // The static file server keeps a Content-Type already set.
        const type = TEXT_TYPES[extname(pathname).slice(1).toLowerCase()];
        if (type) res.setHeader('Content-Type', type);
        next();
      });
      // After the static files and Vite's rewrite of "/x/" to "/x/index.html": an HTML page goes on to Vite, which
      // serves it; anything else is not on the site.
      return () =>
        server.middlewares.use((req, res, next) => {
          const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).slice(base.length);
          const page = fileURLToPath(new URL(pathname, client));
          if (pathname.endsWith('.html') && existsSync(page)) next();
          else notFound(res, client);
        });
    },
  };
}

/** A static build writes its pages to outDir itself (`client` is where a server build would put them). */
export default async function serveBuiltSite({ outDir: client, host, port, base, headers, root }: PreviewParams) {
  const server = await preview({
    configFile: false,
    root: fileURLToPath(root),
    base,
    appType: 'mpa',
    build: { outDir: fileURLToPath(client) },
    preview: { host: host ?? 'localhost', port, strictPort: true, ...(headers ? { headers } : {}) },
    plugins: [builtSite(client, base)],
  });
  server.printUrls();
  const address = server.httpServer.address();
  return {
    host,
    port: address && typeof address === 'object' ? address.port : port,
    closed: () =>
      new Promise<void>((resolve, reject) => {
        server.httpServer.addListener('close', resolve);
        server.httpServer.addListener('error', reject);
      }),
    stop: () => server.close(),
  };
}
