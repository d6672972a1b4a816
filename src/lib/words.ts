const WORDS = new Intl.Segmenter('en', { granularity: 'word' });

/** Counts words the way a reader would in any script, so Arabic or Cyrillic text is counted too. */
export function countWords(text: string): number {
  let count = 0;
  for (const segment of WORDS.segment(text)) if (segment.isWordLike) count += 1;
  return count;
}
