import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { isRedirect } from '../tests/e2e/support/built-site';

/**
 * The HTML pages of a built site, each with the address it is served at (Astro's directory format: a/b/index.html
 * is /a/b/, 404.html is /404.html) and its size on disk. The redirects that keep former addresses working (Astro's
 * `redirects`) are not pages of the site: no link leads to them, so they are left out like any other moved address.
 */

export interface SitePage {
  /** The address the page is served at, decoded ("/articles/x/"). */
  path: string;
  file: string;
  bytes: number;
}

/** The address a file under dist is served at, from its path relative to dist ("a/b/index.html" → "/a/b/"). */
export function pagePathOf(relativeFile: string): string {
  const path = `/${relativeFile.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

export async function listHtmlPages(distDir: string): Promise<SitePage[]> {
  const pages: SitePage[] = [];
  for (const entry of await readdir(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
    const file = join(entry.parentPath, entry.name);
    const html = await readFile(file);
    if (isRedirect(html.toString('utf8'))) continue;
    pages.push({ path: pagePathOf(relative(distDir, file)), file, bytes: html.byteLength });
  }
  return pages.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
