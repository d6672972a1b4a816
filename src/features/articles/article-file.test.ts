import { describe, expect, it } from 'vitest';
import { parseArticleFile, renderArticleFile } from './article-file';
import type { ArticleData } from './schemas/article';

const data = {
  title: 'Aleppo: “The End” --- of a Siege',
  authors: [{ name: 'Eva Bartlett', slug: 'eva-bartlett' }],
  publisher: { name: 'Global Research', slug: 'global-research', date: '2016-12-14' },
} as unknown as ArticleData;

describe('the stored article file', () => {
  it('reads back the frontmatter and body ingest wrote, whatever the body holds', () => {
    const body = 'First paragraph.\n\n---\n\nA thematic break, then:\n\n---\ntitle: not frontmatter\n---\n';
    expect(parseArticleFile(renderArticleFile(data, body))).toEqual({ frontmatter: data, body });
  });

  it('gives a file without frontmatter as all body', () => {
    expect(parseArticleFile('Just text.\n')).toEqual({ frontmatter: null, body: 'Just text.\n' });
  });

  it('refuses frontmatter that is not YAML', () => {
    expect(() => parseArticleFile('---\ntitle: [unclosed\n---\n\nText.\n')).toThrow();
  });
});
