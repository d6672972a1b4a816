/** Text that stops on a letter, digit or comma has been cut off mid-sentence. */
export function endsMidSentence(text: string): boolean {
  return /[\p{L}\p{N},]$/u.test(text.trim());
}

/**
 * Whether a paragraph reads as the rest of a sentence cut off before it: it opens on a lower-case word (not a
 * bare URL such as "washingtoninstitute.org/…", which starts a line of its own), or on a number right after a
 * lower-case word ("some" / "21,000+ civilians").
 */
export function continuesSentence(previous: string, next: string): boolean {
  const before = previous.trim();
  const after = next.trim();
  if (!endsMidSentence(before)) return false;
  const firstToken = after.split(/\s/, 1)[0] ?? '';
  if (/^\p{Ll}/u.test(after)) return !/[./]\S/.test(firstToken);
  return /^\p{N}/u.test(after) && /\p{Ll}$/u.test(before);
}
