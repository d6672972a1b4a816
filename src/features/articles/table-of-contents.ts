/**
 * An article's table of contents, from its level-two and level-three headings (the shape Astro's
 * `render(entry).headings` gives). An article with fewer than two such headings has no sections to choose between,
 * and gets none.
 */

export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

export interface ContentsEntry {
  id: string;
  text: string;
  children: ContentsEntry[];
}

export function tableOfContents(headings: readonly HeadingLike[]): ContentsEntry[] {
  const sections = headings.filter((heading) => heading.depth === 2 || heading.depth === 3);
  if (sections.length < 2) return [];
  const entries: ContentsEntry[] = [];
  let section: ContentsEntry | undefined;
  for (const heading of sections) {
    const entry: ContentsEntry = { id: heading.slug, text: heading.text.trim(), children: [] };
    // A level-three heading before any level-two one has no section to sit in, and stands on its own.
    if (heading.depth === 3 && section) {
      section.children.push(entry);
    } else {
      entries.push(entry);
      if (heading.depth === 2) section = entry;
    }
  }
  return entries;
}
