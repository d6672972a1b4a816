import { describe, expect, it } from 'vitest';
import { withBase, withoutBase } from './base-path';

describe('withBase', () => {
  it('leaves site paths alone at the root', () => {
    expect(withBase('/', '/')).toBe('/');
    expect(withBase('/archive/', '/')).toBe('/archive/');
  });

  it('puts site paths under a sub-path, written with or without its trailing slash', () => {
    expect(withBase('/', '/aleppo-archive/')).toBe('/aleppo-archive/');
    expect(withBase('/rss.xml', '/aleppo-archive/')).toBe('/aleppo-archive/rss.xml');
    expect(withBase('/articles/x/#p3', '/aleppo-archive')).toBe('/aleppo-archive/articles/x/#p3');
    expect(withBase('/search/?q=aleppo', '/a/b/')).toBe('/a/b/search/?q=aleppo');
  });

  it('refuses a path that is not a site path', () => {
    expect(() => withBase('archive/', '/')).toThrow(/starts with "\/"/);
  });
});

describe('withoutBase', () => {
  it('gives back the site path of a published address', () => {
    expect(withoutBase('/aleppo-archive/captures/x.txt', '/aleppo-archive/')).toBe('/captures/x.txt');
    expect(withoutBase('/aleppo-archive/', '/aleppo-archive')).toBe('/');
    expect(withoutBase('/captures/x.txt', '/')).toBe('/captures/x.txt');
  });

  it('refuses an address outside the base', () => {
    expect(() => withoutBase('/captures/x.txt', '/aleppo-archive/')).toThrow(/not under the base/);
    expect(() => withoutBase('/aleppo-archived/x', '/aleppo-archive/')).toThrow(/not under the base/);
  });
});
