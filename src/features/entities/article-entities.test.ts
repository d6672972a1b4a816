import { describe, expect, it } from 'vitest';
import { paragraphsOfMarkdown } from '../markdown/paragraph-anchors';
import { buildAliasTable } from './aliases';
import { findArticleEntities } from './article-entities';
import { discoverNames } from './discover';
import { readEntityAliases } from './load-aliases';
import { loadFoundingArticles } from '../../../tests/fixtures/founding-articles';

const founding = await loadFoundingArticles();
const foundingBodies = founding.map(({ id, body }) => ({ name: id, body }));
// The names `npm run entities` would find in the founding articles, found the same way.
const reviewed = readEntityAliases();
const found = discoverNames(
  foundingBodies.map(({ body }) => paragraphsOfMarkdown(body)),
  buildAliasTable(reviewed),
);
const table = buildAliasTable(reviewed, { names: found });

describe('findArticleEntities over the founding articles', () => {
  it.each(foundingBodies)('puts every mention of $name in a paragraph that holds its words', ({ body }) => {
    const paragraphs = paragraphsOfMarkdown(body);
    const { entities, mentions } = findArticleEntities(paragraphs, table);
    expect(entities.length).toBeGreaterThan(3);
    const spellingsOf = new Map(entities.map((entity) => [entity.slug, entity.spellings.map(([text]) => text)]));
    for (const mention of mentions) {
      const paragraph = paragraphs.find(({ id }) => id === mention.paragraphId);
      expect(paragraph?.text.slice(mention.start, mention.end)).toBe(mention.text);
      expect(paragraph?.text).toContain(mention.text);
      expect(spellingsOf.get(mention.slug)).toContain(mention.text);
    }
    for (const entity of entities) {
      expect(entity.mentions).toBe(mentions.filter((mention) => mention.slug === entity.slug).length);
    }
  });
});

describe('findArticleEntities', () => {
  const paragraphs = paragraphsOfMarkdown(
    'Fighters of Ahrar al-Sham left Al-Bab. Ahrar al Sham said so.\n\nThe Zinki group stayed near Aleppo. Aleppo was quiet.',
  );
  const { entities } = findArticleEntities(paragraphs, table);
  const bySlug = new Map(entities.map((entity) => [entity.slug, entity]));

  it('takes the kind and name from the reviewed file', () => {
    expect(bySlug.get('ahrar-al-sham')).toMatchObject({ name: 'Ahrar al-Sham', kind: 'organisation', reviewed: true });
    expect(bySlug.get('al-bab')).toMatchObject({ kind: 'place' });
    expect(bySlug.get('nour-al-din-al-zenki')).toMatchObject({ name: 'Nour al-Din al-Zenki', mentions: 1 });
  });

  it('counts every mention of a name found by `npm run entities`, and keeps each spelling as written', () => {
    expect(bySlug.get('aleppo')).toMatchObject({ name: 'Aleppo', kind: 'place', mentions: 2, reviewed: false });
    expect(bySlug.get('ahrar-al-sham')?.spellings).toEqual([
      ['Ahrar al Sham', 1],
      ['Ahrar al-Sham', 1],
    ]);
  });

  it('lists no entity the text does not mention', () => {
    for (const entity of entities) expect(entity.mentions).toBeGreaterThan(0);
    expect(bySlug.has('hezbollah')).toBe(false);
  });
});
