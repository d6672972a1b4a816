import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { articleSanitizeSchema } from '../../markdown.config';
import remarkParagraphAnchors, { anchoredParagraphs, paragraphsOfMarkdown } from './paragraph-anchors';

const parse = (markdown: string) => unified().use(remarkParse).use(remarkGfm).parse(markdown);

function render(markdown: string): string {
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkParagraphAnchors)
    .use(remarkRehype)
    .use(rehypeSanitize, articleSanitizeSchema)
    .use(rehypeStringify)
    .processSync(markdown)
    .toString();
}

describe('paragraph anchors', () => {
  it('numbers paragraphs in reading order, headings excluded', () => {
    const tree = parse('First one.\n\n## A heading\n\nSecond *one*.\n\n> Quoted third.\n');
    expect(anchoredParagraphs(tree).map(({ id, text }) => [id, text])).toEqual([
      ['p1', 'First one.'],
      ['p2', 'Second one.'],
      ['p3', 'Quoted third.'],
    ]);
  });

  it('renders each id on its paragraph, unprefixed by the sanitizer', () => {
    expect(render('First.\n\n## Head\n\nSecond.\n')).toBe(
      '<p id="p1">First.</p>\n<h2>Head</h2>\n<p id="p2">Second.</p>',
    );
  });

  it('puts the id on the item of a tight list, which renders no <p>', () => {
    expect(render('Intro.\n\n- one\n- two\n')).toBe(
      '<p id="p1">Intro.</p>\n<ul>\n<li id="p2">one</li>\n<li id="p3">two</li>\n</ul>',
    );
  });

  it('renders an item with two paragraphs loose, so each keeps an element to carry its id', () => {
    const html = render('- one\n  two\n\n  more\n- three\n');
    for (const id of ['p1', 'p2', 'p3']) expect(html).toContain(`id="${id}"`);
  });

  it('numbers the same whether or not the ids were applied, so build-time links match the page', () => {
    const markdown = 'A.\n\n- b\n\n  c\n\n1. d\n\n> e\n>\n> f\n';
    const ids = anchoredParagraphs(parse(markdown)).map(({ id, text }) => `${id}:${text}`);
    const html = render(markdown);
    for (const entry of ids) {
      const [id, text] = entry.split(':');
      expect(html).toMatch(new RegExp(`id="${id}">(<p>)?${text}`));
    }
  });

  it('still prefixes ids that footnotes bring, the one id a capture can influence', () => {
    expect(render('Text.[^p9]\n\n[^p9]: Note.\n')).not.toMatch(/id="p9"|id="fn-p9"/);
  });
});

describe('paragraphsOfMarkdown', () => {
  it('parses a body and numbers its paragraphs as the page does', () => {
    const markdown = 'Alpha.\n\n### Part two\n\nBeta gamma.\n';
    expect(paragraphsOfMarkdown(markdown).map(({ id, text }) => ({ id, text }))).toEqual([
      { id: 'p1', text: 'Alpha.' },
      { id: 'p2', text: 'Beta gamma.' },
    ]);
    expect(render(markdown)).toContain('<p id="p2">Beta gamma.</p>');
  });
});
