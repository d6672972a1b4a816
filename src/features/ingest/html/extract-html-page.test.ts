import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CleaningTally } from '../cleaning-tally';
import { IngestError } from '../ingest-error';
import { extractHtmlPage, type ExtractHtmlPageOptions } from './extract-html-page';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

function extract(name: string, options: Partial<ExtractHtmlPageOptions> = {}) {
  const tally = new CleaningTally();
  const page = extractHtmlPage(fixture(name), { tally, ...options });
  return { page, cleaning: tally.toRecord() };
}

/** The body's paragraphs as a reader sees them, Markdown escapes aside. */
const paragraphs = (markdown: string) =>
  markdown
    .replace(/\\\[/g, '[')
    .split('\n\n')
    .map((block) => block.trim());

describe('a news page with JSON-LD, Open Graph and every kind of furniture', () => {
  const { page, cleaning } = extract('news-article.html');

  it('takes the metadata from JSON-LD first', () => {
    const { markdown: _markdown, ...metadata } = page;
    expect(metadata).toEqual({
      title: 'Ferry crossing reopens after the November floods',
      authors: ['Mira Castell', 'Tomas Reyne'],
      siteName: 'The Harbour Post',
      url: 'https://harbour.example/news/2016/12/03/ferry-crossing-reopens',
      published: '2016-12-03',
      publishedAt: '2016-12-03T09:15:00+01:00',
      modified: '2016-12-04',
      keywords: ['ferries', 'floods', 'Lower Vell', 'Transport'],
      description: 'After three weeks of closure the Lower Vell ferry carried its first passengers on Saturday.',
      copyright: '© 2016 Harbour Post Media',
    });
  });

  it('keeps the article’s text word for word, the caption and its credit included', () => {
    expect(paragraphs(page.markdown)).toEqual([
      'The Lower Vell ferry carried its first passengers in three weeks on Saturday morning, after engineers declared the eastern landing stage safe again.',
      'Floodwater had lifted the pontoon off two of its four piles in the storm of 11 November, leaving the crossing closed and the villages on the far bank a forty-minute drive from the market town.',
      '[Image: The ferry Marta at the repaired landing stage]',
      'The ferry Marta ties up at the repaired landing stage. Photo: Ines Corva',
      '“We counted forty people on the first crossing, most of them carrying shopping home,” said the skipper, Anders Hale. “Some of them had not been to town since the water came up.”',
      'The county council said the repairs cost a little under eighty thousand pounds. A fuller account of the work is in the [engineers’ survey](https://harbour.example/reports/landing-stage-survey.pdf), and the timetable is on the [ferry page](https://harbour.example/ferry/timetable).',
      'Hale said the winter timetable would run until March, with an extra sailing on market days.',
    ]);
  });

  it('leaves out the furniture and the title heading', () => {
    for (const gone of [
      'cookies',
      'Harbour Briefing',
      'Facebook',
      'Telegram',
      'Read more',
      'Storm closes',
      'Related stories',
      'bus took an age',
      'Sport',
      'Privacy',
      '# Ferry',
    ]) {
      expect(page.markdown).not.toContain(gone);
    }
  });

  it('counts each box it removed, each image it noted and each link it resolved', () => {
    expect(cleaning).toEqual({
      removed: [
        { kind: 'subscription-box', count: 1 },
        { kind: 'share-bar', count: 2 },
        { kind: 'cookie-notice', count: 1 },
        { kind: 'related-links', count: 2 },
        { kind: 'comment-section', count: 1 },
      ],
      repaired: [
        { kind: 'image-noted', count: 1 },
        { kind: 'relative-link-resolved', count: 2 },
      ],
    });
  });

  it('resolves links against the address the page came from when it is given', () => {
    const fetched = extract('news-article.html', { address: 'https://mirror.example/harbour/ferry.html' });
    expect(fetched.page.url).toBe('https://harbour.example/news/2016/12/03/ferry-crossing-reopens');
    expect(fetched.page.markdown).toContain('(https://mirror.example/reports/landing-stage-survey.pdf)');
  });

  it('removes a profile’s own furniture and counts it under the profile’s kind', () => {
    const { page: profiled, cleaning: counted } = extract('news-article.html', {
      furniture: [{ selector: 'p:last-child', kind: 'advertisement' }],
    });
    expect(profiled.markdown).not.toContain('winter timetable');
    expect(counted.removed).toContainEqual({ kind: 'advertisement', count: expect.any(Number) });
  });

  it('gives the same output for the same input', () => {
    expect(extract('news-article.html')).toEqual({ page, cleaning });
  });
});

describe('a blog page with only Open Graph, a meta author and a <time>', () => {
  const { page, cleaning } = extract('blog-post.html');

  it('reads the metadata from the meta tags and the time element', () => {
    const { markdown: _markdown, ...metadata } = page;
    expect(metadata).toEqual({
      title: 'Pruning the old pear trees',
      authors: ['Tomas Reyne'],
      siteName: 'Valley Almanac',
      url: 'https://almanac.example/2017/03/pruning-the-old-pear-trees/',
      published: '2017-03-12',
      publishedAt: '2017-03-12T07:30:00Z',
      keywords: [],
      description: 'Three winters of pruning a neglected orchard.',
      copyright: 'Tomas Reyne, some rights reserved',
    });
  });

  it('removes the byline that repeats the author, keeps the headings and a "sharecropper" paragraph', () => {
    const blocks = paragraphs(page.markdown);
    expect(blocks[0]).toMatch(/^When we took on the orchard/);
    expect(blocks).toContain(
      'The land was worked by sharecroppers until the nineteen-fifties, and an old neighbour told us the pears were once sent by cart to the railway every September.',
    );
    expect(blocks).toContain('## The first winter');
    expect(page.markdown).toContain('[tripod ladder](https://almanac.example/guides/ladders)');
    expect(page.markdown).not.toMatch(/Posted by|Share on|Archives/);
    expect(cleaning.removed).toEqual([
      { kind: 'share-bar', count: 1 },
      { kind: 'repeated-byline', count: 1 },
    ]);
  });
});

describe('a page saved with SingleFile, compressed: no <head> or <body> tags', () => {
  const { page, cleaning } = extract('singlefile-page.html');

  it('records the tool, the date it saved the page and the address, and takes that as the page’s address', () => {
    expect(page.savedBy).toEqual({
      tool: 'SingleFile',
      savedAt: '2017-04-09T21:12:45+01:00',
      address: 'https://tidewater.example/stories/salt-marsh-count',
    });
    expect(page.url).toBe('https://tidewater.example/stories/salt-marsh-count');
    expect(page.markdown).toContain('[guide to the count](https://tidewater.example/stories/how-the-count-works)');
    expect(page.markdown).toContain('[survey desk](mailto:count@tidewater.example)');
  });

  it('reads the title without the site suffix, the rel=author name, the DC date and the rights', () => {
    expect(page.title).toBe('Volunteers count the salt marsh birds');
    expect(page.siteName).toBe('Tidewater Weekly');
    expect(page.authors).toEqual(['Ines Corva']);
    expect(page.published).toBe('2017-04-08');
    expect(page.publishedAt).toBeUndefined();
    expect(page.copyright).toBe('Tidewater Weekly 2017');
  });

  it('notes the inlined picture once and drops the byline and the mailing-list box', () => {
    const blocks = paragraphs(page.markdown);
    expect(blocks).toContain('[Image: Redshank on the saltings at high tide]');
    expect(blocks[0]).toMatch(/^Forty volunteers/);
    expect(page.markdown).not.toMatch(/data:|By Ines|mailing list/);
    expect(cleaning).toEqual({
      removed: [
        { kind: 'subscription-box', count: 1 },
        { kind: 'repeated-byline', count: 1 },
      ],
      repaired: [
        { kind: 'image-noted', count: 1 },
        { kind: 'relative-link-resolved', count: 2 },
      ],
    });
  });
});

describe('a page whose JSON-LD is an @graph with an Organization as author', () => {
  const { page, cleaning } = extract('graph-organization.html');

  it('follows the @id references and merges keywords with article:tag, each once', () => {
    expect(page.title).toBe('Quarry plan draws objections & a petition');
    expect(page.authors).toEqual(['Valley Monitor']);
    expect(page.siteName).toBe('Valley Monitor');
    expect(page.url).toBe('https://monitor.example/planning/quarry-objections/');
    expect(page.published).toBe('2018-06-21');
    expect(page.keywords).toEqual(['Planning', 'quarries', 'Hollin Edge']);
    expect(page.copyright).toBe('© 2018 Valley Monitor');
  });

  it('keeps the four paragraphs and drops the related posts', () => {
    expect(paragraphs(page.markdown)).toHaveLength(4);
    expect(page.markdown).not.toMatch(/Wind farm|Related|Quarry plan/);
    expect(cleaning.removed).toEqual([{ kind: 'related-links', count: 1 }]);
  });
});

describe('a page whose JSON-LD is broken, saved with "Save page as"', () => {
  const { page, cleaning } = extract('broken-json-ld.html');

  it('ignores the broken block and reads the meta tags', () => {
    const block = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(fixture('broken-json-ld.html'))![1]!;
    expect(() => JSON.parse(block)).toThrow(SyntaxError);
    const { markdown: _markdown, ...metadata } = page;
    expect(metadata).toEqual({
      title: 'The choir of the mills',
      authors: ["Sam O'Brien"],
      siteName: 'The Lantern',
      url: 'https://lantern.example/culture/choir-of-the-mills',
      published: '2019-10-05',
      publishedAt: '2019-10-05T18:00:00+02:00',
      modified: '2019-10-06',
      keywords: [],
      description: "A mill town's choir marks its centenary.",
      savedBy: { tool: 'Save page as', address: 'https://lantern.example/culture/choir-of-the-mills' },
    });
  });

  it('turns the script link and the in-page link into their text, counted', () => {
    expect(page.markdown).toContain('The concert is on Saturday in the parish hall. Tickets are available at the door');
    expect(page.markdown).not.toMatch(/javascript|openTickets|\]\(/);
    expect(cleaning).toEqual({
      removed: [
        { kind: 'share-bar', count: 1 },
        { kind: 'cookie-notice', count: 1 },
      ],
      repaired: [
        { kind: 'dead-link-unwrapped', count: 1 },
        { kind: 'unsafe-link-unwrapped', count: 1 },
      ],
    });
  });
});

describe('pages without an article', () => {
  it.each(['login-page.html', 'index-page.html'])('refuses %s', (name) => {
    expect(() => extract(name)).toThrow(new IngestError('no article text found'));
  });

  it('refuses an empty document and a page of scripts', () => {
    const tally = new CleaningTally();
    expect(() => extractHtmlPage('', { tally })).toThrow(IngestError);
    expect(() => extractHtmlPage('<script>document.write("many words ".repeat(99))</script>', { tally })).toThrow(
      IngestError,
    );
  });
});

describe('nothing from the page reaches the Markdown as HTML', () => {
  it('shows markup written as text as text, and drops elements Markdown has no construct for', () => {
    const words = 'The harbour master read the notice aloud to the crews gathered on the quay that morning. ';
    const html = `<html><body><article><p>${words.repeat(3)}</p><p>The sign said &lt;script&gt;alert(1)&lt;/script&gt; in chalk.</p><custom-box onclick="x()"><b>Bold</b> words</custom-box></article></body></html>`;
    const page = extractHtmlPage(html, { tally: new CleaningTally() });
    expect(page.markdown).toContain('The sign said \\<script>alert(1)\\</script> in chalk.');
    expect(page.markdown).not.toMatch(/(?<!\\)<|onclick|custom-box/);
  });
});
