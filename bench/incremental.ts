import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runTimed } from './timed-command';

/**
 * The rebuild an editor waits for after correcting one article: one word appended to one body paragraph of one
 * Markdown file, then the same build command again in the same folder, with whatever caches the first build left
 * (Astro's content layer keeps its data store under .astro/ and node_modules/.astro/).
 */

export interface IncrementalFigures {
  /** The article edited (its file name without ".md"). */
  article: string;
  wallMs: number;
  peakRssMiB: number | null;
  /** Whether the rebuilt article page shows the appended word: a rebuild that misses the edit is no rebuild. */
  pageUpdated: boolean;
}

/** Made up, so it appears nowhere else and its presence in the rebuilt page proves the edit went through. */
export const APPENDED_WORD = 'rebuildcheck';

/** Lines that open a block other than a paragraph: heading, quote, list, table, fence, HTML, definition, rule. */
const NOT_PARAGRAPH =
  /^(?: {0,3}(?:#{1,6}(?:\s|$)|>|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$)|\||```|~~~|<|\[[^\]]+\]:)| {4}|\t)/;
const THEMATIC_BREAK = /^ {0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;

/**
 * The Markdown with `word` appended to the end of its first body paragraph (after the frontmatter), or null when
 * the body has no plain paragraph.
 */
export function appendWordToParagraph(markdown: string, word: string): string | null {
  const lines = markdown.split('\n');
  let start = 0;
  if (lines[0]?.trimEnd() === '---') {
    const close = lines.findIndex((line, index) => index > 0 && line.trimEnd() === '---');
    if (close === -1) return null;
    start = close + 1;
  }
  for (let index = start; index < lines.length; index += 1) {
    if (lines[index]!.trim() === '' || (index > start && lines[index - 1]!.trim() !== '')) continue;
    // A block starts here: find its end, and check it is a paragraph (and not a setext heading).
    let end = index;
    while (end + 1 < lines.length && lines[end + 1]!.trim() !== '') end += 1;
    const block = lines.slice(index, end + 1);
    const setext = block.slice(1).some((line) => /^ {0,3}(?:=+|-+)\s*$/.test(line));
    if (NOT_PARAGRAPH.test(block[0]!) || THEMATIC_BREAK.test(block[0]!) || setext) continue;
    lines[end] = `${lines[end]!.trimEnd()} ${word}`;
    return lines.join('\n');
  }
  return null;
}

/** Edits the first article (by file name) that has a plain paragraph; returns its slug. */
export async function editOneArticle(articlesDir: string, word = APPENDED_WORD): Promise<string> {
  const names = (await readdir(articlesDir)).filter((name) => name.endsWith('.md')).sort();
  for (const name of names) {
    const file = join(articlesDir, name);
    const edited = appendWordToParagraph(await readFile(file, 'utf8'), word);
    if (edited === null) continue;
    await writeFile(file, edited);
    return name.slice(0, -'.md'.length);
  }
  throw new Error(`incremental rebuild: no article in ${articlesDir} has a plain paragraph to edit`);
}

/** Edits one article and times `npm run build` in the same folder again. */
export async function rebuildAfterEdit(options: {
  root: string;
  articlesDir: string;
  pageFile: (slug: string) => string;
  label: string;
  echo: boolean;
}): Promise<IncrementalFigures> {
  const article = await editOneArticle(options.articlesDir);
  const rebuild = await runTimed('npm', ['run', '--silent', 'build'], {
    cwd: options.root,
    label: options.label,
    echo: options.echo,
  });
  const page = options.pageFile(article);
  return {
    article,
    wallMs: rebuild.wallMs,
    peakRssMiB: rebuild.peakRssMiB,
    pageUpdated: existsSync(page) && (await readFile(page, 'utf8')).includes(APPENDED_WORD),
  };
}
