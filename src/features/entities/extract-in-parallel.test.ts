import { describe, expect, it } from 'vitest';
import { extractCandidates } from './extract';
import { extractInParallel } from './extract-in-parallel';

const articles = Array.from({ length: 120 }, (_, index) => [
  `Samantha Power spoke in Geneva on day ${index}.`,
  index % 2 ? 'John Kerry met Sergei Lavrov in Lausanne.' : 'Fighters left Aleppo for Idlib.',
]);

describe('extractInParallel', () => {
  it('finds on two threads exactly what one thread finds, in the articles’ order', async () => {
    expect(await extractInParallel(articles, 2)).toEqual(articles.map((paragraphs) => extractCandidates(paragraphs)));
  });
});
