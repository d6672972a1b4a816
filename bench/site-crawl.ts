import { readFile } from 'node:fs/promises';
import type { SitePage } from './site-pages';

/**
 * Whether a reader can reach every built page by following links from the home page: a breadth-first walk over
 * the internal <a href> of the built HTML files, no browser needed. A page nothing links to exists only for
 * those who already know its address (or a search engine's sitemap). A GET form's action counts as a link too:
 * the header search box reaches /search/ without JavaScript, by submitting.
 */

export interface CrawlFigures {
  /** Pages the walk should reach: every built HTML page but the excluded ones. */
  pages: number;
  reached: number;
  unreachable: { count: number; examples: string[] };
  /** Internal links to a page address ("/x/") that has no built page. */
  brokenLinks: { count: number; examples: string[] };
  /** Pages left out of the count, and why. */
  excluded: string[];
}

const EXAMPLES = 10;

/** Markup whose text is not links: comments, scripts (JSON-LD holds URLs), styles and inert templates. */
const NOT_MARKUP = /<!--[\s\S]*?-->|<(script|style|template)\b[\s\S]*?<\/\1\s*>/gi;
/** An <a> or <form> start tag, attributes quoted or not (a quoted value may hold ">"). */
const START_TAG = /<(a|form)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The character references an attribute value may carry in a built page (Astro escapes &, <, >, " and '). */
export function decodeAttribute(value: string): string {
  return value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|([a-z]+));/gi, (whole, decimal, hex, name: string | undefined) => {
    if (decimal !== undefined) return String.fromCodePoint(Number(decimal));
    if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
    return NAMED_ENTITIES[name!.toLowerCase()] ?? whole;
  });
}

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const attribute of source.matchAll(ATTRIBUTE)) {
    const name = attribute[1]!.toLowerCase();
    // The first of a repeated attribute wins, as in a browser.
    if (!attributes.has(name))
      attributes.set(name, decodeAttribute(attribute[2] ?? attribute[3] ?? attribute[4] ?? ''));
  }
  return attributes;
}

/**
 * Where a page lets a reader go, in order, decoded: the href of every <a> that has one, and the action of every
 * GET form (a form without an action submits to its own page, "").
 */
export function navigationTargets(html: string): string[] {
  const targets: string[] = [];
  for (const tag of html.replace(NOT_MARKUP, '').matchAll(START_TAG)) {
    const attributes = attributesOf(tag[2] ?? '');
    if (tag[1]!.toLowerCase() === 'a') {
      const href = attributes.get('href');
      if (href !== undefined) targets.push(href);
    } else if ((attributes.get('method') ?? 'get').toLowerCase() === 'get') {
      targets.push(attributes.get('action') ?? '');
    }
  }
  return targets;
}

/**
 * The site paths a page links to (decoded, without query or fragment). A link is internal when it resolves to the
 * site's own origin, so absolute links to the site's published address count as well as relative ones.
 */
export function internalLinkPaths(html: string, pagePath: string, siteOrigin: string): string[] {
  const origin = new URL(siteOrigin).origin;
  const base = new URL(encodeURI(pagePath), origin);
  const paths: string[] = [];
  for (const href of navigationTargets(html)) {
    let url: URL;
    try {
      url = new URL(href.trim(), base);
    } catch {
      continue;
    }
    if (url.origin !== origin) continue;
    try {
      paths.push(decodeURIComponent(url.pathname));
    } catch {
      paths.push(url.pathname);
    }
  }
  return paths;
}

/**
 * Walks the site from `start`. `pagePaths` are the built pages' addresses; a link to "/a" reaches the page "/a/"
 * as a static host's redirect would. Links to other files (feeds, captures, data) are not pages and are skipped.
 */
export async function crawlSite(options: {
  start: string;
  pagePaths: ReadonlySet<string>;
  read: (path: string) => Promise<string>;
  siteOrigin: string;
  exclude?: ReadonlyMap<string, string>;
}): Promise<CrawlFigures> {
  const exclude = options.exclude ?? new Map<string, string>();
  const reached = new Set<string>();
  const broken = new Set<string>();
  let brokenCount = 0;
  const queue: string[] = [];
  const visit = (path: string) => {
    if (reached.has(path)) return;
    reached.add(path);
    queue.push(path);
  };
  if (options.pagePaths.has(options.start)) visit(options.start);
  while (queue.length > 0) {
    const path = queue.shift()!;
    for (const linked of internalLinkPaths(await options.read(path), path, options.siteOrigin)) {
      const page = options.pagePaths.has(linked) ? linked : options.pagePaths.has(`${linked}/`) ? `${linked}/` : null;
      if (page !== null) visit(page);
      else if (linked.endsWith('/')) {
        brokenCount += 1;
        broken.add(linked);
      }
    }
  }
  const expected = [...options.pagePaths].filter((path) => !exclude.has(path));
  const unreachable = expected.filter((path) => !reached.has(path)).sort();
  return {
    pages: expected.length,
    reached: expected.length - unreachable.length,
    unreachable: { count: unreachable.length, examples: unreachable.slice(0, EXAMPLES) },
    brokenLinks: { count: brokenCount, examples: [...broken].sort().slice(0, EXAMPLES) },
    excluded: [...exclude].filter(([path]) => options.pagePaths.has(path)).map(([path, why]) => `${path} (${why})`),
  };
}

/** The walk over a built dist: every HTML page, from the home page, the not-found page excluded. */
export function crawlBuiltSite(pages: readonly SitePage[], siteOrigin: string): Promise<CrawlFigures> {
  const files = new Map(pages.map((page) => [page.path, page.file]));
  return crawlSite({
    start: '/',
    pagePaths: new Set(files.keys()),
    read: (path) => readFile(files.get(path)!, 'utf8'),
    siteOrigin,
    exclude: new Map([['/404.html', 'served for missing addresses, linked from nowhere by design']]),
  });
}
