import { describe, expect, it } from 'vitest';
import { relatedArticleFinder } from './related-articles';

describe('relatedArticleFinder', () => {
  // Listed newest first, as the site lists them.
  const related = relatedArticleFinder([
    { id: 'a', features: ['entity:aleppo', 'entity:idlib', 'topic:syria'] },
    { id: 'b', features: ['entity:aleppo', 'topic:syria'] },
    { id: 'c', features: ['entity:aleppo', 'entity:idlib', 'topic:syria', 'entity:hezbollah'] },
    { id: 'd', features: ['entity:aleppo'] },
    { id: 'e', features: ['entity:aleppo', 'topic:syria'] },
    { id: 'lonely', features: ['entity:kabul'] },
  ]);

  it('ranks by what is shared, at most three', () => {
    expect(related('a').map(({ id }) => id)).toEqual(['c', 'b', 'e']);
  });

  it('breaks ties in favour of the newer article', () => {
    expect(related('e').map(({ id }) => id)).toEqual(['a', 'b', 'c']);
  });

  it('says what is shared, the rarest first', () => {
    expect(related('a')[0]).toEqual({ id: 'c', shared: ['entity:idlib', 'topic:syria', 'entity:aleppo'] });
  });

  it('shows nothing when nothing is shared', () => {
    expect(related('lonely')).toEqual([]);
    expect(related('unknown')).toEqual([]);
  });

  it('never relates an article to itself', () => {
    for (const id of ['a', 'b', 'c', 'd', 'e']) expect(related(id).map((entry) => entry.id)).not.toContain(id);
  });

  it('ranks one rare shared name above two names most articles share', () => {
    const find = relatedArticleFinder([
      { id: 'x', features: ['aleppo', 'syria', 'kafraya'] },
      { id: 'common', features: ['aleppo', 'syria'] },
      { id: 'rare', features: ['kafraya'] },
      { id: 'y', features: ['aleppo', 'syria'] },
      { id: 'z', features: ['aleppo', 'syria'] },
    ]);
    expect(find('x')[0]?.id).toBe('rare');
  });

  it('relates nothing by a feature every article has', () => {
    const find = relatedArticleFinder([
      { id: 'x', features: ['aleppo'] },
      { id: 'y', features: ['aleppo'] },
    ]);
    expect(find('x')).toEqual([]);
  });

  it('gives the same answer when asked twice', () => {
    expect(related('c')).toEqual(related('c'));
  });

  it('finds what comparing every pair finds, in a collection where a few features are common and most are rare', () => {
    // A fixed pseudo-random collection: feature k is drawn with a chance that falls with k, as names and topics do.
    let seed = 20161228;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const articles = Array.from({ length: 400 }, (_, index) => ({
      id: `article-${index}`,
      features: Array.from({ length: 60 }, (_, k) => `feature-${k}`).filter((_, k) => random() < 0.9 / (k + 1)),
    }));
    const bruteForce = (self: number) => {
      const weight = (feature: string) =>
        Math.log(articles.length / articles.filter(({ features }) => features.includes(feature)).length);
      const own = articles[self]!.features.filter((feature) => weight(feature) > 0);
      return articles
        .map(({ id, features }, index) => ({
          id,
          index,
          score: own.reduce((sum, feature) => (features.includes(feature) ? sum + weight(feature) : sum), 0),
        }))
        .filter(({ index, score }) => index !== self && score > 0)
        .sort((a, b) => b.score - a.score || a.index - b.index)
        .slice(0, 3)
        .map(({ id }) => id);
    };
    const find = relatedArticleFinder(articles);
    for (let self = 0; self < articles.length; self += 7) {
      expect(find(articles[self]!.id).map(({ id }) => id)).toEqual(bruteForce(self));
    }
  });
});
