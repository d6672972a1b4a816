/**
 * Sentences of a paragraph, for quoting a mention in context (timeline events, people-and-places pages). ICU's
 * sentence breaks split after every full stop before a capital, so breaks after common abbreviations ("U.S.",
 * "Mr.", "Dec.") and single initials are mended.
 */

export interface Sentence {
  text: string;
  /** Offsets into the paragraph text, end exclusive. */
  start: number;
  end: number;
}

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' });
const ABBREVIATION_AT_END =
  /(?:^|[\s(])(?:[A-Z]|[A-Z]\.[A-Z]|U\.S|U\.K|U\.N|Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Sgt|Capt|Rep|Sen|Gov|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|etc|approx)\.\s*$/u;

export function sentencesOf(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const { segment, index } of SENTENCES.segment(text)) {
    const previous = sentences.at(-1);
    if (previous && ABBREVIATION_AT_END.test(text.slice(previous.start, index))) {
      previous.end = index + segment.length;
      previous.text = text.slice(previous.start, previous.end).trim();
    } else {
      sentences.push({ text: segment.trim(), start: index, end: index + segment.length });
    }
  }
  return sentences.filter((sentence) => sentence.text !== '');
}

/** The sentence that holds the character at `offset`. */
export function sentenceAt(text: string, offset: number): Sentence | undefined {
  return sentencesOf(text).find((sentence) => offset >= sentence.start && offset < sentence.end);
}
