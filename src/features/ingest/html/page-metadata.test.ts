import { describe, expect, it } from 'vitest';
import { readPageMetadata, linkBase } from './page-metadata';
import { parseDocument } from './parse-document';

const page = (head: string, body = '') =>
  parseDocument(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
const read = (head: string, body = '', address?: string) => readPageMetadata(page(head, body), address);

describe('readPageMetadata: title and site', () => {
  it('prefers og:title to <title> and trims a suffix that repeats the site name', () => {
    expect(
      read('<title>Lock gates – Canal Times</title><meta property="og:site_name" content="Canal Times">').title,
    ).toBe('Lock gates');
    expect(read('<title>T</title><meta property="og:title" content="Lock gates | Canal Times">').title).toBe(
      'Lock gates | Canal Times',
    );
    expect(
      read('<title>Lock gates | Canal Times</title><meta name="application-name" content="Other Site">').title,
    ).toBe('Lock gates | Canal Times');
  });

  it('gives no title, site or description when the page states none', () => {
    expect(read('')).toEqual({ authors: [], keywords: [] });
  });
});

describe('readPageMetadata: authors', () => {
  it('takes every meta author, each once', () => {
    const head =
      '<meta name="author" content="Lena Marsh"><meta name="author" content="Ravi Ould"><meta name="author" content="lena marsh">';
    expect(read(head).authors).toEqual(['Lena Marsh', 'Ravi Ould']);
  });

  it('takes article:author when it is a name, not a profile address', () => {
    expect(read('<meta property="article:author" content="Lena Marsh">').authors).toEqual(['Lena Marsh']);
    expect(read('<meta property="article:author" content="https://www.facebook.com/lena">').authors).toEqual([]);
  });

  it('falls back on the text of rel=author links', () => {
    const body = '<p>By <a rel="author" href="/lena">Lena   Marsh</a></p>';
    expect(read('', body).authors).toEqual(['Lena Marsh']);
  });
});

describe('readPageMetadata: address and dates', () => {
  it('resolves a relative canonical link against the address and ignores one that is not a web address', () => {
    expect(read('<link rel="canonical" href="/gates">', '', 'https://canal.example/x?y').url).toBe(
      'https://canal.example/gates',
    );
    expect(
      read('<link rel="canonical" href="javascript:x"><meta property="og:url" content="https://canal.example/og">').url,
    ).toBe('https://canal.example/og');
    expect(read('', '', 'https://canal.example/fetched').url).toBe('https://canal.example/fetched');
  });

  it('takes the day from article:published_time before a <time> in the article, and that before meta date', () => {
    const time = '<article><time datetime="2020-05-02T10:00:00+02:00">2 May</time></article>';
    expect(read('<meta property="article:published_time" content="2020-05-01">', time)).toMatchObject({
      published: '2020-05-01',
    });
    expect(read('<meta name="date" content="2020-04-30">', time)).toMatchObject({
      published: '2020-05-02',
      publishedAt: '2020-05-02T10:00:00+02:00',
    });
    expect(read('<meta name="dcterms.date" content="30 April 2020">')).toMatchObject({ published: '2020-04-30' });
  });

  it('skips a date it cannot read for the next source', () => {
    expect(
      read('<meta property="article:published_time" content="soon"><meta name="date" content="2020-04-30">').published,
    ).toBe('2020-04-30');
  });
});

describe('linkBase', () => {
  it('prefers the page’s <base>, resolved, then the address it came from, then its canonical address', () => {
    const withBase = page('<base href="/archive/"><link rel="canonical" href="https://canal.example/c">');
    expect(linkBase(withBase, readPageMetadata(withBase, 'https://mirror.example/p'), 'https://mirror.example/p')).toBe(
      'https://mirror.example/archive/',
    );
    const plain = page('<link rel="canonical" href="https://canal.example/c">');
    expect(linkBase(plain, readPageMetadata(plain, 'https://mirror.example/p'), 'https://mirror.example/p')).toBe(
      'https://mirror.example/p',
    );
    expect(linkBase(plain, readPageMetadata(plain))).toBe('https://canal.example/c');
    const none = page('');
    expect(linkBase(none, readPageMetadata(none))).toBeUndefined();
  });
});
