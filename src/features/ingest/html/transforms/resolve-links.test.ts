import { describe, expect, it } from 'vitest';
import resolveLinks, { UNSAFE_HREF_MARK, type ResolveLinksOptions } from './resolve-links';
import { runHtmlTransform } from './test-helpers';

const BASE = 'https://harbour.example/news/2016/ferry.html';
const run = (html: string, options: ResolveLinksOptions = { base: BASE }) =>
  runHtmlTransform(() => resolveLinks(options), html);

describe('resolve-links: relative links become absolute', () => {
  it.each([
    ['/about', 'https://harbour.example/about'],
    ['tides.html', 'https://harbour.example/news/2016/tides.html'],
    ['../2015/', 'https://harbour.example/news/2015/'],
    ['//cdn.example/map.pdf', 'https://cdn.example/map.pdf'],
    ['?page=2', 'https://harbour.example/news/2016/ferry.html?page=2'],
  ])('resolves %s against the page address', (href, absolute) => {
    const { markdown, cleaning } = run(`<p>See <a href="${href}">the map</a>.</p>`);
    expect(markdown).toBe(`See [the map](${absolute}).\n`);
    expect(cleaning.repaired).toEqual([{ kind: 'relative-link-resolved', count: 1 }]);
  });

  it('keeps an absolute web or mail link as written, uncounted', () => {
    const html = '<p><a href="https://other.example/x">x</a> and <a href="mailto:desk@harbour.example">us</a></p>';
    const { markdown, cleaning } = run(html);
    expect(markdown).toBe('[x](https://other.example/x) and [us](mailto:desk@harbour.example)\n');
    expect(cleaning.repaired).toEqual([]);
  });

  it('turns a relative link into its text when the page has no address', () => {
    const { markdown, cleaning } = run('<p>See <a href="/about">about us</a>.</p>', {});
    expect(markdown).toBe('See about us.\n');
    expect(cleaning.repaired).toEqual([{ kind: 'dead-link-unwrapped', count: 1 }]);
  });
});

describe('resolve-links: links that lead nowhere or are unsafe become their text', () => {
  it.each([
    ['an empty link', '<a href="">the report</a>'],
    ['a "#" link', '<a href="#">the report</a>'],
    ['a link to a place on the page', '<a href="#note-1">the report</a>'],
  ])('unwraps %s as dead', (_label, link) => {
    const { markdown, cleaning } = run(`<p>Read ${link} now.</p>`);
    expect(markdown).toBe('Read the report now.\n');
    expect(cleaning.repaired).toEqual([{ kind: 'dead-link-unwrapped', count: 1 }]);
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript: with spaces and a tab', ' Java\tScript:alert(1)'],
    ['data:', 'data:text/html;base64,PGI+'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['another scheme', 'ftp://files.example/report.txt'],
  ])('unwraps a %s link as unsafe', (_label, href) => {
    const { markdown, cleaning } = run(`<p>Read <a href="${href}">the <em>report</em></a>.</p>`);
    expect(markdown).toBe('Read the *report*.\n');
    expect(cleaning.repaired).toEqual([{ kind: 'unsafe-link-unwrapped', count: 1 }]);
  });

  it('unwraps a link marked unsafe before extraction', () => {
    const { markdown, cleaning } = run(`<p><a ${UNSAFE_HREF_MARK}="">Print</a> this.</p>`);
    expect(markdown).toBe('Print this.\n');
    expect(cleaning.repaired).toEqual([{ kind: 'unsafe-link-unwrapped', count: 1 }]);
  });

  it('unwraps a named anchor without counting it: it was never a link', () => {
    const { markdown, cleaning } = run('<p><a name="top">Top</a> of the page.</p>');
    expect(markdown).toBe('Top of the page.\n');
    expect(cleaning.repaired).toEqual([]);
  });
});
