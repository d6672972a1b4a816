import { describe, expect, it } from 'vitest';
import { CleaningTally } from '../cleaning-tally';
import { articleMarkdown } from './article-markdown';

describe('articleMarkdown', () => {
  it('runs every transform: title heading, byline, image note, links, then writes the archive’s Markdown', () => {
    const tally = new CleaningTally();
    const html =
      '<div><h2>Gates open at dawn</h2><p>By Lena Marsh</p><p>The <em>first</em> barge passed at six; see the <a href="/locks">lock list</a>.</p>' +
      '<figure><img src="g.jpg" alt="The upper gates"><figcaption>The upper gates.</figcaption></figure><ul><li>One</li><li>Two</li></ul></div>';
    const markdown = articleMarkdown(html, {
      base: 'https://canal.example/news/gates',
      title: 'Gates open at dawn',
      authors: ['Lena Marsh'],
      tally,
    });
    expect(markdown).toBe(
      'The *first* barge passed at six; see the [lock list](https://canal.example/locks).\n\n' +
        '\\[Image: The upper gates]\n\nThe upper gates.\n\n- One\n- Two\n',
    );
    expect(tally.toRecord()).toEqual({
      removed: [{ kind: 'repeated-byline', count: 1 }],
      repaired: [
        { kind: 'image-noted', count: 1 },
        { kind: 'relative-link-resolved', count: 1 },
      ],
    });
  });

  it('writes tables and struck text with the GFM extensions', () => {
    const html = '<table><tr><th>Lock</th></tr><tr><td>Upper</td></tr></table><p><del>Closed</del> Open</p>';
    expect(articleMarkdown(html, { authors: [], tally: new CleaningTally() })).toBe(
      '| Lock  |\n| ----- |\n| Upper |\n\n~~Closed~~ Open\n',
    );
  });
});
