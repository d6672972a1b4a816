import { describe, expect, it } from 'vitest';
import { parseQuery } from './query';

describe('parseQuery', () => {
  it('reads plain words, normalized and without repeats', () => {
    expect(parseQuery('White  Helmets white').words).toEqual(['white', 'helmets']);
  });

  it('reads a quoted phrase as required words in order', () => {
    const parsed = parseQuery('"moderate rebels" Aleppo');
    expect(parsed.phrases).toEqual([['moderate', 'rebels']]);
    expect(parsed.words).toEqual(['moderate', 'rebels', 'aleppo']);
  });

  it('runs an unclosed quote to the end of the query', () => {
    expect(parseQuery('"human shields').phrases).toEqual([['human', 'shields']]);
  });

  it('reads -word as an exclusion and -"a phrase" as a phrase exclusion', () => {
    const parsed = parseQuery('aleppo -kirby -"white helmets"');
    expect(parsed.words).toEqual(['aleppo']);
    expect(parsed.excluded).toEqual(['kirby']);
    expect(parsed.excludedPhrases).toEqual([['white', 'helmets']]);
  });

  it('treats a hyphenated word as a phrase of its parts', () => {
    const parsed = parseQuery('al-nusra');
    expect(parsed.words).toEqual(['al', 'nusra']);
    expect(parsed.phrases).toEqual([['al', 'nusra']]);
  });

  it('matches the last word as a prefix only while it is being typed', () => {
    expect(parseQuery('deir ez').lastWordIsPrefix).toBe(true);
    expect(parseQuery('deir ez ').lastWordIsPrefix).toBe(false);
    expect(parseQuery('"deir ez"').lastWordIsPrefix).toBe(false);
  });

  it('ignores a lone minus sign and an empty query', () => {
    expect(parseQuery(' - ')).toMatchObject({ words: [], excluded: [] });
    expect(parseQuery('')).toMatchObject({ words: [], phrases: [], excluded: [] });
  });

  it('never excludes a word the query also asks for', () => {
    expect(parseQuery('aleppo -aleppo').excluded).toEqual([]);
  });
});
