import { slugify } from '../../../shared/slug';
import type { ArticleData } from '../../articles/schemas/article';

/** One page of a capture, cleaned: the article's frontmatter and its Markdown body. */
export interface ConvertedCapture {
  data: ArticleData;
  body: string;
}

export const outletSlug = (name: string) => slugify(name, 'outlet');
