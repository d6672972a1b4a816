import { describe, expect, it } from 'vitest';
import {
  inlineStyleBytes,
  isHeaderSearchScript,
  kindOf,
  scriptLabel,
  typicalArticlePage,
  weighResponses,
} from './page-weight';
import type { ServedResponse } from './serve';

const response = (url: string, contentType: string, rawBytes: number, gzipBytes: number): ServedResponse => ({
  url,
  status: 200,
  contentType,
  rawBytes,
  gzipBytes,
  at: 0,
});

describe('kindOf', () => {
  it('sorts responses by what the browser does with them', () => {
    expect(kindOf('text/html; charset=utf-8')).toBe('html');
    expect(kindOf('text/css; charset=utf-8')).toBe('css');
    expect(kindOf('text/javascript; charset=utf-8')).toBe('js');
    expect(kindOf('application/wasm')).toBe('js');
    expect(kindOf('font/woff2')).toBe('font');
    expect(kindOf('application/json; charset=utf-8')).toBe('other');
    expect(kindOf('image/svg+xml')).toBe('other');
  });
});

describe('scriptLabel', () => {
  it("names a component's script after the component, and a chunk after its name without the hash", () => {
    expect(scriptLabel('/_astro/SearchForm.astro_astro_type_script_index_0_lang.BoCpnmHo.js')).toBe(
      'SearchForm.astro script',
    );
    expect(scriptLabel('/_astro/Page.astro_astro_type_script_index_1_lang.DWJhywi4.js')).toBe('Page.astro script 2');
    expect(scriptLabel('/_astro/search-worker-CL-YNdk-.js')).toBe('search-worker');
    expect(scriptLabel('/_astro/header-box.Dx1_aB2c.js')).toBe('header-box');
    expect(scriptLabel('/pagefind/pagefind.js')).toBe('pagefind');
  });

  it('tells the site script (header search box and copy buttons) from the others', () => {
    expect(isHeaderSearchScript({ label: 'SiteScript.astro script' })).toBe(true);
    expect(isHeaderSearchScript({ label: 'search-worker' })).toBe(false);
  });
});

describe('inlineStyleBytes', () => {
  it('counts the CSS text of every <style> element in bytes', () => {
    expect(inlineStyleBytes('<style>a{b:c}</style><p>x</p><style data-x="1">é{}</style>')).toBe(6 + 4);
    expect(inlineStyleBytes('<link rel="stylesheet" href="/a.css">')).toBe(0);
  });
});

describe('weighResponses', () => {
  it('adds up each kind and the total, and lists the scripts', () => {
    const figures = weighResponses([
      response('/articles/a/', 'text/html; charset=utf-8', 20_000, 6_000),
      response('/_astro/SearchForm.astro_astro_type_script_index_0_lang.BoCpnmHo.js', 'text/javascript', 800, 500),
      response('/_astro/chunk.Ab12Cd34.js?v=1', 'text/javascript', 200, 150),
      response('/fonts/serif.woff2', 'font/woff2', 9_000, 9_000),
    ]);
    expect(figures.byKind.html).toEqual({ raw: 20_000, gzip: 6_000, requests: 1 });
    expect(figures.byKind.js).toEqual({ raw: 1_000, gzip: 650, requests: 2 });
    expect(figures.byKind.font).toEqual({ raw: 9_000, gzip: 9_000, requests: 1 });
    expect(figures.byKind.css).toEqual({ raw: 0, gzip: 0, requests: 0 });
    expect(figures.total).toEqual({ raw: 30_000, gzip: 15_650, requests: 4 });
    expect(figures.cssFiles).toBe(0);
    expect(figures.scripts.map((script) => [script.path, script.label, script.gzip])).toEqual([
      ['/_astro/SearchForm.astro_astro_type_script_index_0_lang.BoCpnmHo.js', 'SearchForm.astro script', 500],
      ['/_astro/chunk.Ab12Cd34.js', 'chunk', 150],
    ]);
  });
});

describe('typicalArticlePage', () => {
  it('picks the article page of median size, ignoring other pages and article sub-files', () => {
    const pages = [
      { path: '/', bytes: 90_000 },
      { path: '/articles/long/', bytes: 60_000 },
      { path: '/articles/short/', bytes: 10_000 },
      { path: '/articles/middle/', bytes: 30_000 },
      { path: '/articles/middle/print/', bytes: 31_000 },
    ];
    expect(typicalArticlePage(pages)?.path).toBe('/articles/middle/');
    expect(typicalArticlePage([{ path: '/', bytes: 1 }])).toBeNull();
  });
});
