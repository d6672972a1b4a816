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
});
