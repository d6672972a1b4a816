import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import type { SitePage } from './site-pages';

/**
 * How big the built HTML gets as the collection grows: the largest page anywhere, the listing pages, and the
 * biggest page of each per-name section. Listing pages grow with N unless they are paginated, so these are the
 * figures that show whether a listing stays readable at 10,000 articles.
 */

export interface PageSize {
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface ListingFigures {
  htmlPages: number;
  largest: PageSize | null;
  /** Pages larger than the limit, and the limit itself (raw bytes). */
  overLimit: { limitBytes: number; count: number; examples: string[] };
  /** The fixed listing pages, null where the site has no such page. */
  listings: { label: string; path: string; size: PageSize | null }[];
  /** The biggest page under each section ("/topics/<slug>/" and its further pages), null where there is none. */
  biggestInSection: { section: string; size: PageSize | null }[];
}

export const PAGE_SIZE_LIMIT_BYTES = 100_000;

const LISTINGS = [
  { label: 'home', path: '/' },
  { label: 'archive', path: '/archive/' },
  { label: 'authors', path: '/authors/' },
  { label: 'topics', path: '/topics/' },
  { label: 'sources', path: '/sources/' },
];
const SECTIONS = ['/topics/', '/authors/', '/sources/'];

/** The pages worth weighing: which page each figure names, chosen by size on disk alone. */
export function listingSelection(pages: readonly Pick<SitePage, 'path' | 'bytes'>[]): {
  largest: string | null;
  listings: { label: string; path: string; present: boolean }[];
  biggestInSection: { section: string; path: string | null }[];
  overLimit: string[];
} {
  const biggestOf = (candidates: readonly Pick<SitePage, 'path' | 'bytes'>[]) =>
    candidates.reduce<Pick<SitePage, 'path' | 'bytes'> | null>(
      (best, page) => (best === null || page.bytes > best.bytes ? page : best),
      null,
    )?.path ?? null;
  const known = new Set(pages.map((page) => page.path));
  return {
    largest: biggestOf(pages),
    listings: LISTINGS.map((listing) => ({ ...listing, present: known.has(listing.path) })),
    biggestInSection: SECTIONS.map((section) => ({
      section,
      path: biggestOf(pages.filter((page) => page.path.startsWith(section) && page.path !== section)),
    })),
    overLimit: pages
      .filter((page) => page.bytes > PAGE_SIZE_LIMIT_BYTES)
      .sort((a, b) => b.bytes - a.bytes)
      .map((page) => page.path),
  };
}

export async function listingFigures(pages: readonly SitePage[]): Promise<ListingFigures> {
  const byPath = new Map(pages.map((page) => [page.path, page]));
  const weigh = async (path: string | null): Promise<PageSize | null> => {
    const page = path === null ? undefined : byPath.get(path);
    if (!page) return null;
    const body = await readFile(page.file);
    return { path: page.path, bytes: body.length, gzipBytes: gzipSync(body).length };
  };
  const selection = listingSelection(pages);
  return {
    htmlPages: pages.length,
    largest: await weigh(selection.largest),
    overLimit: {
      limitBytes: PAGE_SIZE_LIMIT_BYTES,
      count: selection.overLimit.length,
      examples: selection.overLimit.slice(0, 10),
    },
    listings: await Promise.all(
      selection.listings.map(async ({ label, path }) => ({ label, path, size: await weigh(path) })),
    ),
    biggestInSection: await Promise.all(
      selection.biggestInSection.map(async ({ section, path }) => ({ section, size: await weigh(path) })),
    ),
  };
}
