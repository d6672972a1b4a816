import { defineCollection } from 'astro:content';
import { articleLoader } from './features/articles/article-loader';
import { articleSchema } from './features/articles/schemas/article';

const articles = defineCollection({
  loader: articleLoader(),
  schema: articleSchema,
});

export const collections = { articles };
