import { describe, expect, it } from 'vitest';
import { paragraphsOfMarkdown } from '../markdown/paragraph-anchors';
import { buildAliasTable } from './aliases';
import { discoverNames, mostVoted } from './discover';

const table = buildAliasTable({
  entities: [{ name: 'Idlib', kind: 'place', spellings: ['Idleb'] }],
  drop: [{ spelling: 'Twitter', reason: 'in "Twitter-English", not the company' }],
});

const articles = [
  'Samantha Power spoke at the United Nations in New York. Fighters left for Idleb.',
  'Samantha Power and John Kerry met in Geneva. Users on Twitter wrote about Geneva.',
  'The talks in Geneva went on. Power said little.',
].map((markdown) => paragraphsOfMarkdown(markdown));

describe('discoverNames', () => {
  const names = discoverNames(articles, table);
  const byName = new Map(names.map((name) => [name.name, name]));

  it('finds people, organisations and places with their kinds', () => {
    expect(byName.get('Samantha Power')).toMatchObject({ kind: 'person' });
    expect(byName.get('John Kerry')).toMatchObject({ kind: 'person' });
    expect(byName.get('Geneva')).toMatchObject({ kind: 'place' });
    expect(byName.get('New York')).toMatchObject({ kind: 'place' });
  });

  it('leaves out what the reviewed file lists or drops', () => {
    expect(names.map((name) => name.name)).not.toContain('Idleb');
    expect(names.map((name) => name.name)).not.toContain('Idlib');
    expect(names.map((name) => name.name)).not.toContain('Twitter');
  });

  it('sorts by name, and gives the same file for the same articles', () => {
    const sorted = [...names.map((name) => name.name)].sort((a, b) => a.localeCompare(b, 'en'));
    expect(names.map((name) => name.name)).toEqual(sorted);
    expect(discoverNames(articles, table)).toEqual(names);
  });

  it('names each by the spelling the collection uses most, listing the others', () => {
    const qaeda = discoverNames(
      ['Al Qaeda fighters left.', 'Fighters of al-Qaeda left. Then al-Qaeda returned.'].map((markdown) =>
        paragraphsOfMarkdown(markdown),
      ),
      table,
    ).find((name) => name.kind === 'organisation');
    expect(qaeda).toEqual({ name: 'al-Qaeda', kind: 'organisation', spellings: ['Al Qaeda'] });
  });
});

describe('mostVoted', () => {
  it('takes the commonest kind, and the earlier kind on a tie', () => {
    expect(
      mostVoted(
        new Map([
          ['place', 2],
          ['person', 1],
        ]),
      ),
    ).toBe('place');
    expect(
      mostVoted(
        new Map([
          ['place', 1],
          ['organisation', 1],
        ]),
      ),
    ).toBe('organisation');
    expect(mostVoted(new Map())).toBe('person');
  });
});
