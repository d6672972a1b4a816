import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { articleSanitizeSchema } from '../../markdown.config';
import remarkHeadingAnchors from './heading-anchors';
import remarkParagraphAnchors from './paragraph-anchors';

function render(markdown: string): string {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkParagraphAnchors)
    .use(remarkHeadingAnchors)
    .use(remarkRehype)
    .use(rehypeSanitize, articleSanitizeSchema)
    .use(rehypeStringify)
    .processSync(markdown)
    .toString();
}

describe('heading anchors', () => {
  it('gives each heading an id from its text, kept by the sanitizer', () => {
    expect(render('## The siege ends\n\nText.\n')).toBe(
      '<h2 id="sec-the-siege-ends">The siege ends</h2>\n<p id="p1">Text.</p>',
    );
  });

  it('numbers repeated headings apart', () => {
    const html = render('## Notes\n\nA.\n\n## Notes\n\nB.\n\n### Notes\n');
    expect([...html.matchAll(/id="(sec-[^"]+)"/g)].map(([, id]) => id)).toEqual([
      'sec-notes',
      'sec-notes-2',
      'sec-notes-3',
    ]);
  });

  it('leaves paragraph numbering as it was', () => {
    const markdown = 'One.\n\n## Head\n\nTwo.\n\n### Sub\n\nThree.\n';
    const without = unified()
      .use(remarkParse)
      .use(remarkParagraphAnchors)
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(markdown)
      .toString();
    expect(render(markdown).replace(/ id="sec-[^"]+"/g, '')).toBe(without);
  });

  it('gives a heading without letters an id all the same', () => {
    expect(render('## ★\n')).toMatch(/<h2 id="sec-heading-[0-9a-f]+">/);
  });
});
