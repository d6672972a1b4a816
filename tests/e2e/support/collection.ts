import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticleFile } from '../../../src/features/articles/article-file';
import { articleSchema, type ArticleData } from '../../../src/features/articles/schemas/article';

export interface FoundingArticle {
  slug: string;
  data: ArticleData;
}

/** The committed collection, read the way the build reads it, so the tests follow the content. */
export function loadArticles(contentRoot = 'content'): FoundingArticle[] {
  const folder = join(contentRoot, 'articles');
  return readdirSync(folder)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => ({
      slug: name.slice(0, -3),
      data: articleSchema.parse(parseArticleFile(readFileSync(join(folder, name), 'utf8')).frontmatter),
    }));
}
