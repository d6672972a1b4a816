import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MarkdownHeading } from 'astro';

/**
 * Rendered article bodies, kept on disk rather than in Astro's content store. Astro bundles its store into the
 * build as one module and holds it through page generation, so a store that carried every article's HTML and
 * text grew with the collection until a large build ran out of memory. A body is read back when its page is
 * generated, or when a whole-collection index reads its recorded text, and dropped again.
 *
 * Files are named by the entry's render key (features/articles/article-loader.ts): its content digest and the
 * pipeline's inputs, so an unchanged article is never rendered twice and a changed one is never served stale.
 * Read from the project root, as the articles are (src/content.config.ts).
 */
export const RENDERED_BODIES_DIR = 'node_modules/.cache/archive-rendered';

export interface RenderedBody {
  html: string;
  metadata: RenderedMetadata;
}

export interface RenderedMetadata {
  headings: MarkdownHeading[];
  /** The frontmatter with what the Markdown plugins recorded while rendering (article blocks, entities). */
  frontmatter: Record<string, unknown>;
}

const htmlPath = (key: string, dir: string) => join(dir, `${key}.html`);
const metadataPath = (key: string, dir: string) => join(dir, `${key}.json`);

/** Written to a temporary name and renamed, so a reader never sees half a file. The HTML goes last: it marks the pair complete. */
export function writeRenderedBody(key: string, body: RenderedBody, dir = RENDERED_BODIES_DIR): void {
  mkdirSync(dir, { recursive: true });
  const write = (path: string, text: string) => {
    const partial = `${path}.${process.pid}.partial`;
    writeFileSync(partial, text);
    renameSync(partial, path);
  };
  write(metadataPath(key, dir), JSON.stringify(body.metadata));
  write(htmlPath(key, dir), body.html);
}

export function hasRenderedBody(key: string, dir = RENDERED_BODIES_DIR): boolean {
  return existsSync(htmlPath(key, dir));
}

function readOrExplain(path: string, key: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new Error(
      `The rendered body ${key} is missing from ${RENDERED_BODIES_DIR}; delete node_modules/.astro/ so Astro renders the articles again.`,
    );
  }
}

export function readRenderedHtml(key: string, dir = RENDERED_BODIES_DIR): string {
  return readOrExplain(htmlPath(key, dir), key);
}

export function readRenderedMetadata(key: string, dir = RENDERED_BODIES_DIR): RenderedMetadata {
  return JSON.parse(readOrExplain(metadataPath(key, dir), key)) as RenderedMetadata;
}

/**
 * Removes the bodies `isOutdated` picks among those not in `keep`, and files a stopped build left half-written.
 * A build under another base may share the folder, so the caller says which of the others are its own.
 */
export function pruneRenderedBodies(
  keep: ReadonlySet<string>,
  isOutdated: (key: string, modifiedMs: number) => boolean,
  dir = RENDERED_BODIES_DIR,
): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const key = name.replace(/\.(html|json)$/, '');
    if (key === name ? name.endsWith('.partial') : !keep.has(key) && isOutdated(key, statSync(path).mtimeMs)) {
      rmSync(path, { force: true });
    }
  }
}

export function readRenderedBody(key: string, dir = RENDERED_BODIES_DIR): RenderedBody {
  return { html: readRenderedHtml(key, dir), metadata: readRenderedMetadata(key, dir) };
}
