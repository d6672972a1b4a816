import { describe, expect, it } from 'vitest';
import { crawlSite, decodeAttribute, internalLinkPaths, navigationTargets } from './site-crawl';

const ORIGIN = 'https://archive.example';

describe('navigationTargets', () => {
  it('reads the href of every anchor, quoted or not, and decodes character references', () => {
    const html = `<p><a class="x" href="/a/">A</a> <A HREF='/b/?x=1&amp;y=2'>B</A> <a href=/c/>C</a>
      <a aria-label="more > less" href="/d/">D</a> <a>no href</a> <a href="/&#x65;/">E</a></p>`;
    expect(navigationTargets(html)).toEqual(['/a/', '/b/?x=1&y=2', '/c/', '/d/', '/e/']);
  });

  it('ignores anchors inside comments, scripts, styles and templates, and other tags that start with "a"', () => {
    const html = `<!-- <a href="/commented/">x</a> --><script>const t = '<a href="/scripted/">';</script>
      <template><a href="/templated/">t</a></template><abbr href="/abbr/">x</abbr><article><a href="/real/">r</a></article>`;
    expect(navigationTargets(html)).toEqual(['/real/']);
  });

  it('takes the action of GET forms, which reach their page without JavaScript, and not of POST forms', () => {
    const html = `<form action="/search/" method="get" role="search"><input name="q"></form>
      <form action="/contact/" method="POST"></form><form class="filters"></form>`;
    expect(navigationTargets(html)).toEqual(['/search/', '']);
  });
});

describe('decodeAttribute', () => {
  it('decodes named, decimal and hexadecimal references and leaves unknown ones alone', () => {
    expect(decodeAttribute('a&amp;b&#38;c&#x26;d&lt;&gt;&quot;&apos;&nbsp;')).toBe('a&b&c&d<>"\'&nbsp;');
  });
});

describe('internalLinkPaths', () => {
  it('resolves relative links against the page, keeps links to the site origin and drops the rest', () => {
    const html = `<a href="../b/">up</a><a href="c/#p2">down</a><a href="#main">self</a>
      <a href="${ORIGIN}/d/">absolute</a><a href="https://elsewhere.example/e/">external</a>
      <a href="mailto:x@example.org">mail</a><a href="/caf%C3%A9/?page=2">encoded</a>`;
    expect(internalLinkPaths(html, '/a/x/', ORIGIN)).toEqual(['/a/b/', '/a/x/c/', '/a/x/', '/d/', '/café/']);
  });
});

describe('crawlSite', () => {
  const site: Record<string, string> = {
    '/': '<a href="/articles/">articles</a><a href="/about">about, without its slash</a><a href="/rss.xml">feed</a>',
    '/articles/': '<a href="/articles/one/">1</a><a href="/articles/two/">2</a><a href="/gone/">gone</a>',
    '/articles/one/': '<a href="/">home</a><a href="/articles/two/">2</a>',
    '/articles/two/': '<a href="/articles/one/#p3">1</a>',
    '/about/': '<p>About</p>',
    '/articles/orphan/': '<a href="/">home</a>',
    '/archive/2/': '<a href="/">home</a>',
    '/404.html': '<a href="/">home</a>',
  };
  const crawl = () =>
    crawlSite({
      start: '/',
      pagePaths: new Set(Object.keys(site)),
      read: async (path) => site[path]!,
      siteOrigin: ORIGIN,
      exclude: new Map([['/404.html', 'not found page']]),
    });

  it('reaches the pages linked from home, directly or through other pages', async () => {
    const figures = await crawl();
    expect(figures.pages).toBe(7);
    expect(figures.reached).toBe(5);
  });

  it('names the pages no link leads to, leaving out the excluded ones', async () => {
    const figures = await crawl();
    expect(figures.unreachable).toEqual({ count: 2, examples: ['/archive/2/', '/articles/orphan/'] });
    expect(figures.excluded).toEqual(['/404.html (not found page)']);
  });

  it('counts links to page addresses that have no page, but not links to other files', async () => {
    const figures = await crawl();
    expect(figures.brokenLinks).toEqual({ count: 1, examples: ['/gone/'] });
  });

  it('reports every page unreachable when the home page is missing', async () => {
    const figures = await crawlSite({
      start: '/',
      pagePaths: new Set(['/a/']),
      read: async () => '',
      siteOrigin: ORIGIN,
    });
    expect(figures.unreachable.count).toBe(1);
    expect(figures.reached).toBe(0);
  });
});
