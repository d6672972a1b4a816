import { terms } from './normalize';

export interface ParsedQuery {
  /** Every word that must match, phrase words included, normalized and without repeats. */
  words: string[];
  /** Quoted phrases, each as its normalized words in order. */
  phrases: string[][];
  /** Words after a minus sign: articles containing them are left out. */
  excluded: string[];
  /** Quoted phrases after a minus sign: articles containing the whole phrase are left out. */
  excludedPhrases: string[][];
  /** Whether the last word was still being typed (no space after it), so it also matches as a prefix. */
  lastWordIsPrefix: boolean;
}

/** Reads `word`, `"a phrase"` and `-word` from what the user typed; an unclosed quote runs to the end. */
export function parseQuery(input: string): ParsedQuery {
  const words: string[] = [];
  const phrases: string[][] = [];
  const excluded: string[] = [];
  const excludedPhrases: string[][] = [];
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  let lastIsPlainWord = false;
  for (const match of input.matchAll(pattern)) {
    const [, negation, quoted, bare] = match;
    if (quoted !== undefined) {
      const phrase = terms(quoted);
      if (negation) {
        if (phrase.length === 1) excluded.push(phrase[0]!);
        else if (phrase.length > 1) excludedPhrases.push(phrase);
      } else {
        words.push(...phrase);
        if (phrase.length > 1) phrases.push(phrase);
      }
      lastIsPlainWord = false;
    } else if (bare !== undefined) {
      if (bare.startsWith('-') && bare.length > 1) {
        const split = terms(bare.slice(1));
        if (split.length === 1) excluded.push(split[0]!);
        else if (split.length > 1) excludedPhrases.push(split);
        lastIsPlainWord = false;
      } else {
        const split = terms(bare);
        words.push(...split);
        // "al-nusra" reads as the phrase "al nusra", as in the text.
        if (split.length > 1) phrases.push(split);
        lastIsPlainWord = split.length > 0;
      }
    }
  }
  return {
    words: [...new Set(words)],
    phrases,
    excluded: [...new Set(excluded)].filter((word) => !words.includes(word)),
    excludedPhrases,
    lastWordIsPrefix: lastIsPlainWord && !/\s$/.test(input),
  };
}
