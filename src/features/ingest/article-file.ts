import { parse, stringify } from 'yaml';
import type { ArticleData } from '../articles/schemas/article';

const FRONTMATTER = /^---\n([\s\S]*?)\n---\n/;

/**
 * How the frontmatter is written. A document has no directives to print and its data shares no objects to
 * alias, so yaml is told so rather than walking every node again to find out (a fifth of its time).
 */
const FRONTMATTER_OPTIONS = {
  lineWidth: 0,
  defaultKeyType: 'PLAIN',
  sortMapEntries: false,
  directives: false,
  aliasDuplicateObjects: false,
} as const;

/** The stored article: YAML frontmatter in the schema's key order, a blank line, the cleaned body. */
export function renderArticleFile(data: ArticleData, body: string): string {
  const yaml = stringify(data, FRONTMATTER_OPTIONS);
  return `---\n${yaml}---\n\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

/** Reads back the frontmatter of a stored article; null when the file has none. */
export function readFrontmatter(text: string): unknown {
  const match = FRONTMATTER.exec(text);
  return match ? parse(match[1]!) : null;
}
