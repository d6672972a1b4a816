import { z } from 'zod';
import { IngestError } from '../ingest-error';

const headerSchema = z.object({ format: z.string().startsWith('json-pages-') });
const pageSchema = z.object({ url: z.string().min(1), title: z.string().optional() });

/** What a WACZ's page lists say: each listed URL with the title first given for it, if any. */
export type PageList = Map<string, string | undefined>;

/**
 * Adds to `list` the pages of a WACZ page list (pages/pages.jsonl and its like): a `json-pages-1.0` header
 * line, then one JSON page per line. Refuses a list that is not one, naming the line.
 */
export function addPageList(list: PageList, text: string, entryName: string): void {
  const lines = text.split(/\r?\n/);
  const refuse = (lineNumber: number, what: string) =>
    new IngestError(`the WACZ's ${entryName} line ${lineNumber} is not ${what}`);
  if (!headerSchema.safeParse(parseJson(lines[0] ?? '')).success) {
    throw refuse(1, 'the json-pages header ({"format":"json-pages-1.0",...})');
  }
  lines.slice(1).forEach((line, index) => {
    if (line.trim() === '') return;
    const page = pageSchema.safeParse(parseJson(line));
    if (!page.success) throw refuse(index + 2, 'a page with a url');
    if (!list.has(page.data.url) || list.get(page.data.url) === undefined) list.set(page.data.url, page.data.title);
  });
}

function parseJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
