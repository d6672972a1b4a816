import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listingFigures, listingSelection, PAGE_SIZE_LIMIT_BYTES } from './page-sizes';
import { listHtmlPages, pagePathOf } from './site-pages';

describe('pagePathOf', () => {
  it('gives the address a directory-format page is served at', () => {
    expect(pagePathOf('index.html')).toBe('/');
    expect(pagePathOf(join('topics', 'syria', 'index.html'))).toBe('/topics/syria/');
    expect(pagePathOf('404.html')).toBe('/404.html');
  });
});

describe('listingSelection', () => {
  const pages = [
    { path: '/', bytes: 40_000 },
    { path: '/archive/', bytes: 150_000 },
    { path: '/topics/', bytes: 5_000 },
    { path: '/topics/syria/', bytes: 80_000 },
    { path: '/topics/syria/2/', bytes: 120_000 },
    { path: '/topics/iraq/', bytes: 9_000 },
    { path: '/authors/a/', bytes: 7_000 },
    { path: '/articles/x/', bytes: 30_000 },
  ];

  it('finds the largest page and the pages over the limit, biggest first', () => {
    const selection = listingSelection(pages);
    expect(selection.largest).toBe('/archive/');
    expect(selection.overLimit).toEqual(['/archive/', '/topics/syria/2/']);
    expect(PAGE_SIZE_LIMIT_BYTES).toBe(100_000);
  });

  it("finds each section's biggest page, further pages included and the section's own index excluded", () => {
    expect(listingSelection(pages).biggestInSection).toEqual([
      { section: '/topics/', path: '/topics/syria/2/' },
      { section: '/authors/', path: '/authors/a/' },
      { section: '/sources/', path: null },
    ]);
  });

  it('says which listing pages the site lacks', () => {
    const listings = listingSelection(pages).listings;
    expect(listings.find((listing) => listing.label === 'authors')).toMatchObject({ present: false });
    expect(listings.find((listing) => listing.label === 'topics')).toMatchObject({ present: true });
  });
});

describe('listingFigures over a built folder', () => {
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), 'page-sizes-test-'));
    await mkdir(join(dist, 'topics', 'syria'), { recursive: true });
    await writeFile(join(dist, 'index.html'), `<p>${'home '.repeat(100)}</p>`);
    await writeFile(join(dist, 'topics', 'syria', 'index.html'), `<p>${'syria '.repeat(1000)}</p>`);
    await writeFile(join(dist, 'rss.xml'), '<rss/>');
    await mkdir(join(dist, 'index'), { recursive: true });
    await writeFile(
      join(dist, 'index', 'index.html'),
      '<!doctype html><title>Redirecting to: /people-and-places/</title><meta http-equiv="refresh" content="0;url=/people-and-places/">',
    );
  });
  afterAll(() => rm(dist, { recursive: true, force: true }));

  it('lists the HTML pages only (no redirect of a former address), and weighs the chosen pages raw and gzipped', async () => {
    const pages = await listHtmlPages(dist);
    expect(pages.map((page) => page.path)).toEqual(['/', '/topics/syria/']);
    const figures = await listingFigures(pages);
    expect(figures.htmlPages).toBe(2);
    expect(figures.largest).toMatchObject({ path: '/topics/syria/', bytes: 6007 });
    expect(figures.largest!.gzipBytes).toBeLessThan(200);
    expect(figures.listings.find((listing) => listing.label === 'home')?.size?.bytes).toBe(507);
    expect(figures.listings.find((listing) => listing.label === 'archive')?.size).toBeNull();
  });
});
