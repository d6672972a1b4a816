import { readFile } from 'node:fs/promises';
import type { Browser } from '@playwright/test';
import type { ServedResponse, StaticServer } from './serve';
import type { SitePage } from './site-pages';

/**
 * What a page costs a reader who only opens it: everything the browser fetches from navigation until the network
 * goes quiet, with no interaction, split into HTML, CSS, JavaScript, fonts and the rest, raw and gzipped. Sizes
 * come from the bench's server log, so every page is weighed the same way whatever a real host negotiates.
 */

export type ResourceKind = 'html' | 'css' | 'js' | 'font' | 'other';
export const RESOURCE_KINDS: readonly ResourceKind[] = ['html', 'css', 'js', 'font', 'other'];

export interface ByteTally {
  raw: number;
  gzip: number;
  requests: number;
}

export interface LoadedScript {
  path: string;
  /** The component or chunk the file was bundled from ("SiteScript.astro script", "search-session"). */
  label: string;
  raw: number;
  gzip: number;
}

export interface PageWeight {
  label: string;
  path: string;
  byKind: Record<ResourceKind, ByteTally>;
  total: ByteTally;
  /** Scripts fetched on load: the JavaScript that runs before the reader does anything. */
  scripts: LoadedScript[];
  /** Stylesheet files fetched, and the bytes of CSS inlined in <style> elements of the HTML. */
  css: { files: number; inlineRawBytes: number };
  responses: { path: string; kind: ResourceKind; status: number; raw: number; gzip: number }[];
}

export function kindOf(contentType: string): ResourceKind {
  if (contentType.startsWith('text/html')) return 'html';
  if (contentType.startsWith('text/css')) return 'css';
  if (/javascript|wasm/.test(contentType)) return 'js';
  if (contentType.startsWith('font/')) return 'font';
  return 'other';
}

/** A readable name for a bundled script: Astro names a component's script after the component. */
export function scriptLabel(path: string): string {
  const name = path.split('/').pop() ?? path;
  const component = /^(.+?\.astro)_astro_type_script_index_(\d+)_lang\./.exec(name);
  if (component) return `${component[1]} script${component[2] === '0' ? '' : ` ${Number(component[2]) + 1}`}`;
  return name.replace(/[.-][\w-]{8}\.m?js$/, '').replace(/\.m?js$/, '');
}

/** The site's one small script, which every page carries: the header search box and copy buttons (src/layouts/SiteScript.astro). */
export function isHeaderSearchScript(script: Pick<LoadedScript, 'label'>): boolean {
  return script.label.startsWith('SiteScript.astro');
}

/** Bytes of CSS text inside <style> elements. */
export function inlineStyleBytes(html: string): number {
  let bytes = 0;
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi)) bytes += Buffer.byteLength(match[1]!);
  return bytes;
}

/** Tallies a page load's responses by kind. */
export function weighResponses(
  log: readonly ServedResponse[],
): Pick<PageWeight, 'byKind' | 'total' | 'scripts' | 'responses'> & { cssFiles: number } {
  const empty = (): ByteTally => ({ raw: 0, gzip: 0, requests: 0 });
  const byKind = Object.fromEntries(RESOURCE_KINDS.map((kind) => [kind, empty()])) as Record<ResourceKind, ByteTally>;
  const total = empty();
  const scripts: LoadedScript[] = [];
  const responses: PageWeight['responses'] = [];
  for (const response of log) {
    const path = new URL(response.url, 'http://localhost').pathname;
    const kind = kindOf(response.contentType);
    for (const tally of [byKind[kind], total]) {
      tally.raw += response.rawBytes;
      tally.gzip += response.gzipBytes;
      tally.requests += 1;
    }
    if (kind === 'js')
      scripts.push({ path, label: scriptLabel(path), raw: response.rawBytes, gzip: response.gzipBytes });
    responses.push({ path, kind, status: response.status, raw: response.rawBytes, gzip: response.gzipBytes });
  }
  return { byKind, total, scripts, responses, cssFiles: byKind.css.requests };
}

/** The article page of median size on disk: a typical article, neither the shortest nor the longest. */
export function typicalArticlePage<T extends Pick<SitePage, 'path' | 'bytes'>>(pages: readonly T[]): T | null {
  const articles = pages.filter((page) => /^\/articles\/[^/]+\/$/.test(page.path)).sort((a, b) => a.bytes - b.bytes);
  return articles[Math.floor((articles.length - 1) / 2)] ?? null;
}

/** Loads one page in a fresh browser profile (empty cache) and weighs what it fetched until the network was idle. */
export async function measurePageWeight(
  browser: Browser,
  server: StaticServer,
  page: { label: string } & Pick<SitePage, 'path' | 'file'>,
): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const tab = await context.newPage();
    server.clearLog();
    const response = await tab.goto(server.origin + encodeURI(page.path), { waitUntil: 'load' });
    if (!response?.ok()) throw new Error(`page weight: ${page.path} answered ${response?.status() ?? 'nothing'}`);
    // Scripts that load more on their own (a module's imports, a prefetch, a worker) count too.
    await tab.waitForLoadState('networkidle');
    const weighed = weighResponses([...server.log]);
    return {
      label: page.label,
      path: page.path,
      byKind: weighed.byKind,
      total: weighed.total,
      scripts: weighed.scripts,
      css: { files: weighed.cssFiles, inlineRawBytes: inlineStyleBytes(await readFile(page.file, 'utf8')) },
      responses: weighed.responses,
    };
  } finally {
    await context.close();
  }
}
