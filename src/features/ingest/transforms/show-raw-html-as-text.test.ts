import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import showRawHtmlAsText from './show-raw-html-as-text';
import { runTransform } from './test-helpers';

/** How the site turns an article body into HTML: raw HTML is not allowed through. */
const toHtml = (markdown: string) =>
  String(unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).processSync(markdown));

const ELEMENTS = /<(?:script|img|iframe)\b/i;
const ESCAPED = (tag: string) => new RegExp(`(?:&#x3C;|&lt;)${tag}\\b`, 'i');

describe('show-raw-html-as-text: raw HTML', () => {
  it('shows a <script> block as text, not as an element', () => {
    const { markdown, cleaning } = runTransform(showRawHtmlAsText, 'Before.\n\n<script>alert(1)</script>\n\nAfter.\n');
    const html = toHtml(markdown);
    expect(html).not.toMatch(ELEMENTS);
    expect(html).toMatch(ESCAPED('script'));
    expect(html).toContain('alert(1)');
    expect(html).toContain('After.');
    expect(cleaning.repaired).toEqual([{ kind: 'raw-html-shown-as-text', count: 1 }]);
  });

  it('shows an inline <img onerror> as text inside its sentence', () => {
    const { markdown } = runTransform(showRawHtmlAsText, 'Look <img src=x onerror=alert(1)> here.\n');
    const html = toHtml(markdown);
    expect(html).not.toMatch(ELEMENTS);
    expect(html).toMatch(ESCAPED('img'));
    expect(html).toContain('onerror=alert(1)');
    expect(html).toMatch(/^<p>Look .* here\.<\/p>$/);
  });

  it('shows an <iframe> block as text', () => {
    const { markdown, cleaning } = runTransform(showRawHtmlAsText, '<iframe src="https://evil.example/"></iframe>\n');
    const html = toHtml(markdown);
    expect(html).not.toMatch(ELEMENTS);
    expect(html).toMatch(ESCAPED('iframe'));
    expect(html).toContain('evil.example');
    expect(cleaning.repaired).toEqual([{ kind: 'raw-html-shown-as-text', count: 1 }]);
  });

  it('shows raw HTML inside a list item as text', () => {
    const { markdown } = runTransform(showRawHtmlAsText, '- item <script>alert(1)</script>\n');
    const html = toHtml(markdown);
    expect(html).not.toMatch(ELEMENTS);
    expect(html).toMatch(ESCAPED('script'));
  });

  it('leaves ordinary text with angle brackets unchanged', () => {
    const body = 'Casualties rose from 5 < 6 to 7 > 3 in a week.\n';
    const { markdown, cleaning } = runTransform(showRawHtmlAsText, body);
    expect(markdown).toBe(body);
    expect(cleaning).toEqual({ removed: [], repaired: [] });
  });
});

describe('show-raw-html-as-text: images', () => {
  it('replaces an image with its alt text', () => {
    const { markdown, cleaning } = runTransform(
      showRawHtmlAsText,
      'Map: ![Aleppo front lines](https://example.org/map.png) today.\n',
    );
    expect(markdown).toBe('Map: Aleppo front lines today.\n');
    expect(toHtml(markdown)).not.toMatch(ELEMENTS);
    expect(cleaning.removed).toEqual([{ kind: 'image', count: 1 }]);
  });

  it('drops an image without alt text', () => {
    const { markdown, cleaning } = runTransform(
      showRawHtmlAsText,
      'Before ![](https://example.org/a.png)![ ](b.png) after.\n',
    );
    expect(markdown).toBe('Before  after.\n');
    expect(cleaning.removed).toEqual([{ kind: 'image', count: 2 }]);
  });

  it('replaces a reference-style image with its alt text', () => {
    const { markdown } = runTransform(showRawHtmlAsText, 'See ![the map][m].\n\n[m]: https://example.org/map.png\n');
    expect(toHtml(markdown)).not.toMatch(ELEMENTS);
    expect(markdown).toContain('See the map.');
  });
});
