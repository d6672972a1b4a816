import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export interface BuiltPage {
  /** The URL path the page is served at, such as /articles/x/. */
  path: string;
  html: string;
}

/**
 * Every HTML page in the build output: the crawl follows what was built, not a hand-kept list. The redirects that
 * keep former addresses working are not pages of their own (see builtRedirects), and a crawl that loaded one would
 * race its refresh to the new address.
 */
export function builtPages(distDir = 'dist'): BuiltPage[] {
  return builtHtml(distDir).filter(({ html }) => !isRedirect(html));
}

/** The redirect pages Astro writes for its `redirects` setting: a meta refresh to where the page lives now. */
export function builtRedirects(distDir = 'dist'): BuiltPage[] {
  return builtHtml(distDir).filter(({ html }) => isRedirect(html));
}

export const isRedirect = (html: string): boolean => /<meta http-equiv="refresh"/.test(html);

function builtHtml(distDir: string): BuiltPage[] {
  return walk(distDir)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const path = `/${relative(distDir, file).split(sep).join('/')}`.replace(/index\.html$/, '');
      return { path, html: readFileSync(file, 'utf8') };
    });
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** The file a URL path is served from by a static host, or null when nothing is there. */
export function resolveBuiltFile(urlPath: string, distDir = 'dist'): string | null {
  const decoded = decodeURIComponent(urlPath);
  const candidates = decoded.endsWith('/')
    ? [join(distDir, decoded, 'index.html')]
    : [join(distDir, decoded), join(distDir, decoded, 'index.html')];
  for (const candidate of candidates) {
    try {
      if (statSync(candidate).isFile()) return candidate;
    } catch {
      // try the next form
    }
  }
  return null;
}
