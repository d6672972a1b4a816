import { describe, expect, it } from 'vitest';
import { paragraphsOfMarkdown } from '../markdown/paragraph-anchors';
import type { ArticleEntity } from './article-entities';
import { buildEntityIndex, entitiesByKind } from './collection';

const entity = (
  slug: string,
  name: string,
  kind: ArticleEntity['kind'],
  spellings: [string, number][],
  reviewed = false,
) => ({
  slug,
  name,
  kind,
  reviewed,
  spellings,
  mentions: spellings.reduce((sum, [, count]) => sum + count, 0),
});

const articles = [
  {
    id: 'newer',
    paragraphs: paragraphsOfMarkdown('Palmyra fell. Fighters of al-Qaeda left.\n\nPalmyra again, al-Qaeda again.'),
    entities: [
      entity('palmyra', 'Palmyra', 'place', [['Palmyra', 2]]),
      entity('al-qaeda', 'al-Qaeda', 'organisation', [['al-Qaeda', 2]]),
    ],
  },
  {
    id: 'older',
    // The finder missed Palmyra here; it is found all the same.
    paragraphs: paragraphsOfMarkdown('Al Qaeda held Palmyra.\n\nThe Zinki group, Nour al-Din al-Zenki, stayed.'),
    entities: [
      entity('al-qaeda', 'al-Qaeda', 'organisation', [['Al Qaeda', 1]]),
      entity(
        'nour-al-din-al-zenki',
        'Nour al-Din al-Zenki',
        'organisation',
        [
          ['Zinki', 1],
          ['Nour al-Din al-Zenki', 1],
        ],
        true,
      ),
    ],
  },
];

describe('buildEntityIndex', () => {
  const index = buildEntityIndex(articles);

  it('looks for every known name in every article', () => {
    const palmyra = index.bySlug.get('palmyra')!;
    expect(palmyra.mentionCount).toBe(3);
    expect(palmyra.articles.map(({ id, mentions }) => [id, mentions.map((mention) => mention.paragraphId)])).toEqual([
      ['newer', ['p1', 'p2']],
      ['older', ['p1']],
    ]);
    expect(index.bySlug.get('al-qaeda')?.articles.map(({ id }) => id)).toEqual(['newer', 'older']);
  });

  it('names an entity as the names files do, and lists the other spellings the texts use', () => {
    const qaeda = index.bySlug.get('al-qaeda')!;
    expect(qaeda.name).toBe('al-Qaeda');
    expect(qaeda.otherSpellings).toEqual(['Al Qaeda']);
    const zenki = index.bySlug.get('nour-al-din-al-zenki')!;
    expect(zenki.name).toBe('Nour al-Din al-Zenki');
    expect(zenki.otherSpellings).toEqual(['Zinki']);
  });

  it('lists each article’s entities, most mentioned first', () => {
    expect(index.slugsByArticle.get('older')).toEqual(['nour-al-din-al-zenki', 'al-qaeda', 'palmyra']);
  });

  it('groups entities under the three kinds, alphabetical, keeping empty kinds', () => {
    expect(
      entitiesByKind(index.entities).map(({ kind, entities }) => [kind, entities.map((entry) => entry.name)]),
    ).toEqual([
      ['person', []],
      ['organisation', ['al-Qaeda', 'Nour al-Din al-Zenki']],
      ['place', ['Palmyra']],
    ]);
  });
});

describe('an entity that a longer name swallows elsewhere in the collection', () => {
  it('keeps its page, since its own article links to it', () => {
    const index = buildEntityIndex([
      {
        id: 'short',
        paragraphs: paragraphsOfMarkdown('The Syrian Army Command spoke.'),
        // This article's finder saw only "Syrian Army", so its page links to the syrian-army entry.
        entities: [entity('syrian-army', 'Syrian Army', 'organisation', [['Syrian Army', 1]])],
      },
      {
        id: 'long',
        paragraphs: paragraphsOfMarkdown('The Syrian Army Command met.'),
        entities: [entity('syrian-army-command', 'Syrian Army Command', 'organisation', [['Syrian Army Command', 1]])],
      },
    ]);
    for (const slug of ['syrian-army', 'syrian-army-command']) expect(index.bySlug.has(slug), slug).toBe(true);
    expect(index.bySlug.get('syrian-army')!.articles.map(({ id }) => id)).toEqual(['short']);
  });
});
