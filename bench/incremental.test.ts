import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appendWordToParagraph, editOneArticle } from './incremental';

const FRONTMATTER = '---\ntitle: "A title"\ntopics:\n  - Syria\n---\n';

describe('appendWordToParagraph', () => {
  it('appends the word to the first body paragraph and changes nothing else', () => {
    const markdown = `${FRONTMATTER}\nFirst paragraph,\nsecond line.\n\nSecond paragraph.\n`;
    expect(appendWordToParagraph(markdown, 'extra')).toBe(
      `${FRONTMATTER}\nFirst paragraph,\nsecond line. extra\n\nSecond paragraph.\n`,
    );
  });

  it('skips headings, quotes, lists, fences and rules to reach a paragraph', () => {
    const markdown = `${FRONTMATTER}\n## Heading\n\n> quoted\n\n- item\n- item\n\n1. first\n\n\`\`\`\ncode\n\`\`\`\n\n---\n\nSetext\n======\n\nProse here.\n`;
    const edited = appendWordToParagraph(markdown, 'extra');
    expect(edited).toBe(markdown.replace('Prose here.', 'Prose here. extra'));
  });

  it('does not take frontmatter for the body', () => {
    expect(appendWordToParagraph(`${FRONTMATTER}\n## Only a heading\n`, 'extra')).toBeNull();
    expect(appendWordToParagraph('Plain file, no frontmatter.\n', 'extra')).toBe('Plain file, no frontmatter. extra\n');
  });
});

describe('editOneArticle', () => {
  let folder: string | undefined;
  afterEach(() => (folder ? rm(folder, { recursive: true, force: true }) : undefined));

  it('edits the first article by file name that has a paragraph, and only that one', async () => {
    folder = await mkdtemp(join(tmpdir(), 'incremental-test-'));
    await writeFile(join(folder, 'a-headings-only.md'), `${FRONTMATTER}\n# Heading\n`);
    await writeFile(join(folder, 'b-prose.md'), `${FRONTMATTER}\nSome prose.\n`);
    await writeFile(join(folder, 'c-prose.md'), `${FRONTMATTER}\nMore prose.\n`);

    expect(await editOneArticle(folder, 'extra')).toBe('b-prose');
    expect(await readFile(join(folder, 'b-prose.md'), 'utf8')).toBe(`${FRONTMATTER}\nSome prose. extra\n`);
    expect(await readFile(join(folder, 'c-prose.md'), 'utf8')).toBe(`${FRONTMATTER}\nMore prose.\n`);
  });
});
