/**
 * One normal form for indexed text and typed queries: case, diacritics and punctuation do not count, so
 * "Erdoğan" finds "Erdogan" and "al-nusra" finds "al-Nusra". Arabic letters that vary in spelling
 * (hamza-carrying alefs, alef maqsura, tatweel, short-vowel marks) are folded the same way.
 */
const ARABIC_FOLDS: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ٱ: 'ا', ى: 'ي', ـ: '' };
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export function normalizeWord(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[أإآٱىـ]/g, (letter) => ARABIC_FOLDS[letter] ?? letter)
    .replace(/['’]/g, '')
    .toLowerCase();
}

export interface Token {
  /** The normalized word. */
  term: string;
  /** Where the word stands in the original text, for highlighting. */
  start: number;
  end: number;
}

/** Words of a text with their places, apostrophes kept inside words ("Russia's" is one word). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = normalizeWord(match[0]);
    if (term) tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

export function terms(text: string): string[] {
  return tokenize(text).map((token) => token.term);
}
