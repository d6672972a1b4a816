import { blocksOfEntry, type RenderableEntry } from '../markdown/article-blocks';

/**
 * An article's body as the plain text versions are found and compared by: its blocks (paragraphs, headings,
 * table cells) as search and the data downloads read them, one to a paragraph, separated by blank lines.
 */
export function versionText(entry: RenderableEntry): string {
  return blocksOfEntry(entry)
    .map(({ text }) => text)
    .join('\n\n');
}
