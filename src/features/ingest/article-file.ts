import { parseArticleFile } from '../articles/article-file';

/** @deprecated Use parseArticleFile from src/features/articles/article-file.ts; kept until the timeline tests switch. */
export const readFrontmatter = (text: string): unknown => parseArticleFile(text).frontmatter;
