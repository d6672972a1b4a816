/**
 * What every host must send with the archive, in one place: the Content Security Policy (Astro writes it into each
 * page as a <meta> tag; hosts that can send headers send it as a header too, with what a <meta> cannot say), the
 * other security headers, UTF-8 charsets for the text files, and caching. `npm run hosts` writes the host files from
 * this module (public/_headers for Netlify and Cloudflare Pages, deploy/nginx.conf) and `--check` fails if they drift.
 */

import { TEXT_TYPES } from '../../shared/text-types';

/**
 * The policy of every page, whatever it holds. Astro adds script-src and style-src to the <meta> tag itself, with
 * the hash of each inline script and style of the page.
 */
export const PAGE_POLICY_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/**
 * The header carries the same policy for every page, so it cannot list one page's hashes: it lets inline styles
 * through to the <meta> policy, which the browser enforces as well and which allows only the page's own. Scripts
 * ship as files, so none runs inline under either. frame-ancestors works only in a header: no site may frame the
 * archive.
 */
const HEADER_ONLY_DIRECTIVES = ["script-src 'self'", "style-src 'self' 'unsafe-inline'", "frame-ancestors 'none'"];

export const HEADER_POLICY = [...PAGE_POLICY_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': HEADER_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  // For browsers older than frame-ancestors.
  'X-Frame-Options': 'DENY',
};

/** Astro names its scripts and styles by their content hash: a changed file gets a new name. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages and the search index change with every build under the same names: the browser asks each time. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** The rest of what a build holds, for nginx, which takes its types from one list. */
const BINARY_AND_PAGE_TYPES: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  svg: 'image/svg+xml',
  gz: 'application/gzip',
  warc: 'application/warc',
  wacz: 'application/zip',
};

/**
 * Where the text files live, as _headers patterns (a * matches any run of characters): the captures folder also
 * holds web archives (.warc.gz, .wacz), which must keep their own types.
 */
const TEXT_FILE_PATTERNS: readonly (readonly [string, string])[] = [
  ['/captures/*.txt', 'txt'],
  ['/data/*.txt', 'txt'],
  ['/robots.txt', 'txt'],
  ['/data/*.csv', 'csv'],
  ['/data/*.json', 'json'],
  ['/articles/*/citation.json', 'json'],
  ['/data/*.jsonl', 'jsonl'],
  ['/rss.xml', 'xml'],
  ['/sitemap-*.xml', 'xml'],
  ['/data/*.bib', 'bib'],
  ['/articles/*/citation.bib', 'bib'],
  ['/data/*.ris', 'ris'],
  ['/articles/*/citation.ris', 'ris'],
];

/** public/_headers: Netlify's and Cloudflare Pages' format. A request takes the headers of every rule it matches. */
export function netlifyHeaders(): string {
  const block = (pattern: string, headers: Record<string, string>) =>
    [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
  return `${[
    [
      '# Written by `npm run hosts` from src/features/publishing/host-headers.ts: edit that, not this file.',
      '# Netlify and Cloudflare Pages read it from the published folder; both revalidate pages by default.',
    ].join('\n'),
    block('/*', { ...SECURITY_HEADERS }),
    block('/_astro/*', { 'Cache-Control': IMMUTABLE }),
    block('/search/*', { 'Cache-Control': REVALIDATE }),
    block('/search/*.json', { 'Content-Type': TEXT_TYPES.json! }),
    ...TEXT_FILE_PATTERNS.map(([pattern, extension]) => block(pattern, { 'Content-Type': TEXT_TYPES[extension]! })),
  ].join('\n\n')}\n`;
}

/** deploy/nginx.conf: a server block serving dist/, with the same headers. */
export function nginxServer(): string {
  // nginx drops a server's add_header lines in any location that adds its own: every location repeats them.
  const headers = (cache: string) =>
    [...Object.entries(SECURITY_HEADERS), ['Cache-Control', cache]]
      .map(([name, value]) => `    add_header ${name} "${value}" always;`)
      .join('\n');
  const mimeTypes = Object.entries({ ...BINARY_AND_PAGE_TYPES, ...TEXT_TYPES })
    .map(([extension, type]) => `    ${type.split(';')[0]} ${extension};`)
    .join('\n');
  const charsetTypes = [...new Set(Object.values(TEXT_TYPES).map((type) => type.split(';')[0]))].join(' ');
  return `# Written by \`npm run hosts\` from src/features/publishing/host-headers.ts: edit that, not this file.
# The archive as an nginx site: copy dist/ to the root below, include this file from the http block, reload nginx.
# Under a sub-path (a site built with --base /aleppo-archive/), put the locations inside
# \`location /aleppo-archive/ { ... }\` and serve the folder with \`alias\` instead of \`root\`.
server {
  listen 80;
  server_name archive.example.org;
  root /srv/aleppo-archive;
  index index.html;
  error_page 404 /404.html;

  # Every type the archive serves: a types block here replaces nginx's mime.types for this server.
  types {
${mimeTypes}
  }
  charset utf-8;
  charset_types text/html text/css text/javascript ${charsetTypes};

  location /_astro/ {
${headers(IMMUTABLE)}
  }

  location / {
    try_files $uri $uri/ =404;
${headers(REVALIDATE)}
  }
}
`;
}

/** The files `npm run hosts` writes, by their path in the project. */
export const HOST_FILES: Readonly<Record<string, () => string>> = {
  'public/_headers': netlifyHeaders,
  'deploy/nginx.conf': nginxServer,
};
