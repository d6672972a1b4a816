import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Pagefind, the baseline: indexed over the same built articles, and driven by a bare page with the same DOM
 * contract as the archive's search page (#search-input, #search-results li a, #search-status), so one measuring
 * routine serves both engines.
 */

export const PAGEFIND_HARNESS_PATH = '/bench-pagefind/';

/** Arguments for `npx pagefind`: article pages only, as the archive's own index holds articles only. */
export function pagefindArgs(): string[] {
  return ['pagefind', '--site', 'dist', '--output-subdir', 'pagefind', '--glob', 'articles/**/*.html'];
}

/** Where our search page keeps its typing pauses; the harness waits as long, so both pages wait alike. */
const OUR_SEARCH_PAGE_TIMERS = 'src/features/search/client/timers.ts';

/**
 * The delay our search page waits after a keystroke before searching, read from its source, or null if it is
 * not found there. Pagefind gets the same delay: without one it would search every prefix of a fast-typed word
 * ("t", "ta", …) in turn, and the comparison would be of typing strategies rather than of engines.
 */
export function ourTypingDebounceMs(projectRoot: string): number | null {
  const file = join(projectRoot, OUR_SEARCH_PAGE_TIMERS);
  if (!existsSync(file)) return null;
  const match = /TYPING_DEBOUNCE_MS\s*=\s*(\d+)/.exec(readFileSync(file, 'utf8'));
  return match ? Number(match[1]) : null;
}

const harness = (debounceMs: number) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Pagefind bench harness</title>
<link rel="icon" href="data:,">
</head>
<body>
<input id="search-input" type="search" autocomplete="off" aria-label="Search">
<p id="search-status" aria-live="polite"></p>
<ol id="search-results"></ol>
<script type="module">
// The library loads with the page and initialises (WebAssembly, index metadata) when the box gets focus, as
// Pagefind's documentation suggests. Typing waits DEBOUNCE_MS after the last key, as the archive's search page
// does, then searches; a newer query discards older ones.
const DEBOUNCE_MS = ${debounceMs};
const pagefindReady = import('/pagefind/pagefind.js');
const input = document.getElementById('search-input');
const list = document.getElementById('search-results');
const status = document.getElementById('search-status');
let latest = 0;
let timer;
input.addEventListener('focus', async () => (await pagefindReady).init(), { once: true });
input.addEventListener('input', () => {
  clearTimeout(timer);
  if (DEBOUNCE_MS > 0) timer = setTimeout(run, DEBOUNCE_MS);
  else run();
});
async function run() {
  const query = input.value;
  const ticket = ++latest;
  const pagefind = await pagefindReady;
  const search = query.trim() ? await pagefind.search(query) : null;
  // A query overtaken by a newer one loads no result data.
  if (ticket !== latest) return;
  const results = search ? search.results : [];
  const top = await Promise.all(results.slice(0, 10).map((result) => result.data()));
  if (ticket !== latest) return;
  list.replaceChildren(...top.map((data) => {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = data.url;
    link.textContent = data.meta.title ?? data.url;
    item.append(link);
    return item;
  }));
  status.textContent = results.length + ' results';
  // Lets the bench tell "rendered, and nothing matched" from "not rendered yet".
  list.dataset.query = query;
}
</script>
</body>
</html>
`;

export async function writePagefindHarness(distDir: string, debounceMs: number): Promise<void> {
  const folder = join(distDir, ...PAGEFIND_HARNESS_PATH.split('/').filter(Boolean));
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'index.html'), harness(debounceMs));
}
