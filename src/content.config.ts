import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './features/articles/schemas/article';

const articles = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/articles' }),
  schema: articleSchema,
});

export const collections = { articles };
