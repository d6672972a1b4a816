import { describe, expect, it } from 'vitest';
import { paragraphsOfMarkdown } from '../markdown/paragraph-anchors';
import { buildAliasTable, resolveSpelling } from './aliases';
import { findArticleEntities } from './article-entities';
import { readEntityAliases } from './load-aliases';

const table = buildAliasTable(readEntityAliases());
const slugOf = (spelling: string) => {
  const resolution = resolveSpelling(table, spelling);
  return 'slug' in resolution ? resolution.slug : `dropped: ${resolution.dropped}`;
};

describe('the reviewed alias file (content/entities.yaml)', () => {
  it.each([
    ['Zinki', 'Zenki'],
    ['Idlib', 'Idleb'],
    ['Idlib', 'Idelb'],
    ['Hezbollah', 'Hizbullah'],
    ['Tias Airbase', 'Tyas Airbase'],
    ['Erdogan', 'Erdoğan'],
    ['Jabhat al-Nusra', 'Al Nusra Front'],
    ['al-Qaeda', 'Al Qaeda'],
  ])('merges "%s" and "%s" into one entity', (one, other) => {
    expect(slugOf(one)).toBe(slugOf(other));
    expect(slugOf(one)).not.toMatch(/^dropped/);
  });

  it('merges the alias pairs into one entity when an article uses both spellings', () => {
    const markdown = [
      'The Zinki group joined the attack. Nour al-Din al-Zenki denied it.',
      'Fighters left for Idleb, and Idlib filled up. Idelb was full.',
      'Hezbollah and Hizbullah are one party. Tias Airbase is the Tyas Airbase.',
      'Erdogan spoke; Erdoğan was heard.',
    ].join('\n\n');
    const { entities } = findArticleEntities(paragraphsOfMarkdown(markdown), table);
    const byName = new Map(entities.map((entity) => [entity.name, entity.spellings.map(([text]) => text).sort()]));
    expect(byName.get('Nour al-Din al-Zenki')).toEqual(['Nour al-Din al-Zenki', 'Zinki']);
    expect(byName.get('Idlib')).toEqual(['Idelb', 'Idleb', 'Idlib']);
    expect(byName.get('Hezbollah')).toEqual(['Hezbollah', 'Hizbullah']);
    expect(byName.get('Tias Airbase')).toEqual(['Tias Airbase', 'Tyas Airbase']);
    expect(byName.get('Erdogan')).toEqual(['Erdogan', 'Erdoğan']);
  });

  it('keeps distinct groups apart: Hezbollah is not Harakat Hezbollah al-Nujaba', () => {
    expect(slugOf('Hezbollah')).not.toBe(slugOf('Harakat Hezbollah al-Nujaba'));
    expect(slugOf('Jabhat al-Nusra')).not.toBe(slugOf('Jaysh Fateh al Sham'));
  });

  it('keeps a dropped false positive dropped, even where the name finder returns it', () => {
    expect(slugOf('State Kerry')).toMatch(/^dropped/);
    const { entities } = findArticleEntities(
      paragraphsOfMarkdown('This sabotages plans by Secretary of State Kerry who tries to get another ceasefire.'),
      table,
    );
    expect(entities.map((entity) => entity.slug)).not.toContain('state-kerry');
    for (const dropped of readEntityAliases().drop) {
      expect(entities.map((entity) => entity.name)).not.toContain(dropped.spelling);
    }
  });

  it('gives every drop a reason', () => {
    for (const dropped of readEntityAliases().drop) expect(dropped.reason.length).toBeGreaterThan(10);
  });
});

describe('buildAliasTable', () => {
  it('refuses a spelling listed under two entries', () => {
    expect(() =>
      buildAliasTable({
        entities: [
          { name: 'Idlib', kind: 'place', spellings: ['Idleb'] },
          { name: 'Idleb Province', kind: 'place', spellings: ['idleb'] },
        ],
        drop: [],
      }),
    ).toThrow(/listed under both/);
  });

  it('refuses a spelling both kept and dropped', () => {
    expect(() =>
      buildAliasTable({
        entities: [{ name: 'Twitter', kind: 'organisation', spellings: [] }],
        drop: [{ spelling: 'Twitter', reason: 'not a name here' }],
      }),
    ).toThrow(/listed under both/);
  });

  it('resolves spellings that differ only in case, hyphens or accents to one slug without a listing', () => {
    const empty = buildAliasTable({ entities: [], drop: [] });
    const slug = (spelling: string) => (resolveSpelling(empty, spelling) as { slug: string }).slug;
    expect(slug('al Qaeda')).toBe(slug('Al-Qaeda'));
    expect(slug('Erdogan')).toBe(slug('Erdoğan'));
  });
});
