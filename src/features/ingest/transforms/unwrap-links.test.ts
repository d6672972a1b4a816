import { describe, expect, it } from 'vitest';
import { runTransform } from './test-helpers';
import unwrapLinks from './unwrap-links';

describe('unwrap-links: links that lead nowhere', () => {
  it('turns a "[text](#)" link into its text and counts it as dead', () => {
    const { markdown, cleaning } = runTransform(unwrapLinks, 'Several exploded and [killed dozens](#) of soldiers.\n');
    expect(markdown).toBe('Several exploded and killed dozens of soldiers.\n');
    expect(cleaning.repaired).toEqual([{ kind: 'dead-link-unwrapped', count: 1 }]);
  });

  it('keeps the emphasis inside an unwrapped link and counts every link', () => {
    const { markdown, cleaning } = runTransform(unwrapLinks, 'Video [1](#), [2](#) and [*the map*](#).\n');
    expect(markdown).toBe('Video 1, 2 and *the map*.\n');
    expect(cleaning.repaired).toEqual([{ kind: 'dead-link-unwrapped', count: 3 }]);
  });

  it('turns a reference link into its text and drops its definition', () => {
    const { markdown } = runTransform(unwrapLinks, 'See [the report][r].\n\n[r]: https://example.org/report\n');
    expect(markdown).toBe('See the report.\n');
  });
});

describe('unwrap-links: unsafe links', () => {
  it('turns a javascript: link into its text and counts it as unsafe', () => {
    const { markdown, cleaning } = runTransform(unwrapLinks, 'Click [x](javascript:alert(1)) now.\n');
    expect(markdown).toBe('Click x now.\n');
    expect(markdown).not.toContain('javascript');
    expect(cleaning.repaired).toEqual([{ kind: 'unsafe-link-unwrapped', count: 1 }]);
  });

  it('turns a data: link into its text', () => {
    const { markdown, cleaning } = runTransform(unwrapLinks, '[y](data:text/html;base64,PHNjcmlwdD4=)\n');
    expect(markdown).toBe('y\n');
    expect(cleaning.repaired).toEqual([{ kind: 'unsafe-link-unwrapped', count: 1 }]);
  });
});

describe('unwrap-links: working links stay', () => {
  it.each([
    ['an https link', 'Read [x](https://example.org) first.\n'],
    ['an autolink', 'Read <http://example.org> first.\n'],
    ['a mailto link', 'Write to [us](mailto:publications@globalresearch.ca).\n'],
  ])('keeps %s', (_label, body) => {
    const { markdown, cleaning } = runTransform(unwrapLinks, body);
    expect(markdown).toBe(body);
    expect(cleaning.repaired).toEqual([]);
  });
});
