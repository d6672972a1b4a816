import { describe, expect, it } from 'vitest';
import { extractCandidates } from './extract';

const names = (text: string) => extractCandidates([text]).map(({ kind, text: name }) => `${kind}:${name}`);

describe('extractCandidates', () => {
  it('finds people, organisations and places, each as an exact slice of the text', () => {
    const text = 'Samantha Power spoke at the United Nations in New York.';
    const found = extractCandidates([text]);
    expect(found).toEqual(
      expect.arrayContaining([
        { kind: 'person', text: 'Samantha Power' },
        { kind: 'organisation', text: 'United Nations' },
        { kind: 'place', text: 'New York' },
      ]),
    );
    for (const { text: name } of found) expect(text).toContain(name);
  });

  it('leaves out titles and descriptive words around a name', () => {
    expect(names('The victims were called supporters of Syrian president Bashar al-Assad.')).toContain(
      'person:Bashar al-Assad',
    );
    expect(names('The fighters were pushed out of east-Aleppo. They left.')).toContain('place:Aleppo');
    expect(names('They went on to the city of Raqqa.')).toContain('place:Raqqa');
  });

  it('drops a possessive ending', () => {
    expect(names('It followed Obama’s order.')).toContain('person:Obama');
    expect(names('It followed Obama’s order.')).not.toContain('person:Obama’s');
  });

  it('splits a list the finder returns as one match', () => {
    const found = names('Weapons came through Turkey, Qatar and Saudi Arabia.');
    expect(found).toEqual(expect.arrayContaining(['place:Turkey', 'place:Qatar', 'place:Saudi Arabia']));
    expect(found.some((name) => name.includes(','))).toBe(false);
  });

  it('keeps a lone demonym before a common noun out: "Syrian government" names no one', () => {
    const found = names('The Syrian government and the Turkish army met, said Western media.');
    expect(found.filter((name) => /Syrian|Turkish|Western/.test(name))).toEqual([]);
  });

  it('does not take a capitalised opening word for part of a name', () => {
    expect(names('He said: “If Aleppo falls, the war is over.”')).toContain('place:Aleppo');
    expect(names('He said: “If Aleppo falls, the war is over.”')).not.toContain('place:If Aleppo');
  });

  it('keeps Arabic name particles inside a name', () => {
    expect(names('Fighters of al-Qaeda left the town.').some((name) => name.endsWith(':al-Qaeda'))).toBe(true);
  });

  it('never returns a name that spans two paragraphs', () => {
    for (const { text } of extractCandidates(['It reached Aleppo', 'Damascus was quiet.'])) {
      expect(text).not.toContain('\n');
    }
  });
});
