/** A steady adult reading pace for English prose. */
export const WORDS_PER_MINUTE = 230;

/** Whole minutes, never fewer than one. */
export function readingMinutes(wordCount: number, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.round(wordCount / wordsPerMinute));
}

/** "5 min read". */
export function readingTimeLabel(wordCount: number): string {
  return `${readingMinutes(wordCount)} min read`;
}
