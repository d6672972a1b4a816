import { Document, isScalar, parse, visit } from 'yaml';
import type { ArticleData } from './schemas/article';

/**
 * A stored article, content/articles/<slug>.md: YAML frontmatter between two "---" lines, a blank line, the
 * Markdown body. This module is the one place that knows the layout: ingest writes it, and everything else that
 * reads the files outside the build (the entities command, tests) reads them here.
 */
const FRONTMATTER = /^---\n([\s\S]*?)\n---\n\n?/;

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

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}/;

/** The stored article: YAML frontmatter in the schema's key order, a blank line, the cleaned body. */
export function renderArticleFile(data: ArticleData, body: string): string {
  const document = new Document(data, FRONTMATTER_OPTIONS);
  // Astro reads frontmatter as YAML 1.1, where a bare 2026-11-30T09:15:02Z is a timestamp, not the text it was: a
  // moment is quoted so it is read back as written. (A bare day is read as a Date, which the schema turns back.)
  visit(document, {
    Scalar(_, node) {
      if (isScalar(node) && typeof node.value === 'string' && TIMESTAMP.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  const yaml = document.toString(FRONTMATTER_OPTIONS);
  return `---\n${yaml}---\n\n${body.endsWith('\n') ? body : `${body}\n`}`;
}

/** A stored article's frontmatter, parsed (null when the file has none), and its body. Throws on invalid YAML. */
export function parseArticleFile(text: string): { frontmatter: unknown; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { frontmatter: null, body: text };
  return { frontmatter: parse(match[1]!), body: text.slice(match[0].length) };
}
