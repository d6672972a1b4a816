import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile } from '../articles/article-file';
import type { ArticleLike } from '../articles/catalog';
import { citationRecord, type CitationRecord, type CitingSite } from './record';
import { loadArticles } from '../../../tests/e2e/support/collection';

/** A fixed archive, so expected strings do not change when the site's own address does. */
export const TEST_SITE: CitingSite & { description: string } = {
  name: 'Test Press Archive',
  url: 'https://archive.test',
  language: 'en',
  description: 'A test archive of press articles.',
};

/** The founding articles as the site's content layer hands them to pages: id, frontmatter and Markdown body. */
export function foundingArticles(): (ArticleLike & { body: string })[] {
  return loadArticles().map(({ slug, data }) => {
    const file = readFileSync(join('content', 'articles', `${slug}.md`), 'utf8');
    return { id: slug, data, body: parseArticleFile(file).body };
  });
}

/** The founding articles' real metadata as citation records, in slug order. */
export function foundingRecords(): CitationRecord[] {
  return foundingArticles().map((article) => citationRecord(article, TEST_SITE));
}

export function foundingArticle(slugStart: string): ArticleLike & { body: string } {
  const article = foundingArticles().find((candidate) => candidate.id.startsWith(slugStart));
  if (!article) throw new Error(`No founding article whose slug starts with ${slugStart}`);
  return article;
}

export function foundingRecord(slugStart: string): CitationRecord {
  return citationRecord(foundingArticle(slugStart), TEST_SITE);
}
