import { describe, expect, it } from 'vitest';
import { tableOfContents } from './table-of-contents';

const heading = (depth: number, text: string) => ({ depth, text, slug: `sec-${text.toLowerCase()}` });

describe('tableOfContents', () => {
  it('nests level-three headings under the level-two heading before them', () => {
    expect(
      tableOfContents([
        heading(2, 'Background'),
        heading(3, 'Siege'),
        heading(3, 'Evacuation'),
        heading(2, 'Reactions'),
      ]),
    ).toEqual([
      {
        id: 'sec-background',
        text: 'Background',
        children: [
          { id: 'sec-siege', text: 'Siege', children: [] },
          { id: 'sec-evacuation', text: 'Evacuation', children: [] },
        ],
      },
      { id: 'sec-reactions', text: 'Reactions', children: [] },
    ]);
  });

  it('gives none for an article with fewer than two sections', () => {
    expect(tableOfContents([])).toEqual([]);
    expect(tableOfContents([heading(2, 'Only')])).toEqual([]);
  });

  it('leaves out other heading levels', () => {
    expect(
      tableOfContents([heading(1, 'Title'), heading(2, 'A'), heading(4, 'Deep'), heading(2, 'B')]).map(
        (entry) => entry.text,
      ),
    ).toEqual(['A', 'B']);
  });

  it('keeps a level-three heading that comes before any level-two one at the top level', () => {
    const entries = tableOfContents([heading(3, 'Lead'), heading(3, 'Second'), heading(2, 'Main'), heading(3, 'Sub')]);
    expect(entries.map((entry) => [entry.text, entry.children.map((child) => child.text)])).toEqual([
      ['Lead', []],
      ['Second', []],
      ['Main', ['Sub']],
    ]);
  });
});
