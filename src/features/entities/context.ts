import type { TextRange } from '../../shared/marked-runs';
import { sentencesOf } from '../../shared/sentences';
import type { Mention } from './mentions';

/**
 * Mentions shown in context on an entity's page: the sentence that holds each, with the name marked. Two mentions
 * in one sentence share it; a sentence too long to quote (a capture without full stops) is cut to a window around
 * the name.
 */

export interface MentionContext {
  paragraphId: string;
  text: string;
  /** Where the names stand in `text`. */
  highlights: TextRange[];
}

export const LONGEST_CONTEXT = 320;
const WINDOW_SIDE = 140;

/** The contexts of one paragraph's mentions, in reading order. */
export function mentionContexts(
  paragraph: { id: string; text: string },
  mentions: readonly Mention[],
): MentionContext[] {
  const sentences = sentencesOf(paragraph.text);
  const sentenceOf = (offset: number) =>
    sentences.find((sentence) => offset >= sentence.start && offset < sentence.end) ?? {
      start: 0,
      end: paragraph.text.length,
    };
  const spans: { start: number; end: number; mentions: Mention[] }[] = [];
  for (const mention of [...mentions].sort((a, b) => a.start - b.start)) {
    // A name the sentence splitter cuts through ("… the U.S. Army") keeps both sentences.
    const start = sentenceOf(mention.start).start;
    const end = sentenceOf(mention.end - 1).end;
    const previous = spans.at(-1);
    if (previous && start < previous.end) {
      previous.end = Math.max(previous.end, end);
      previous.mentions.push(mention);
    } else {
      spans.push({ start, end, mentions: [mention] });
    }
  }
  return spans.flatMap((span) => {
    if (span.end - span.start <= LONGEST_CONTEXT) return [quote(paragraph, span, span.start, span.end, span.mentions)];
    return span.mentions.map((mention) =>
      quote(
        paragraph,
        span,
        Math.max(span.start, mention.start - WINDOW_SIDE),
        Math.min(span.end, mention.end + WINDOW_SIDE),
        [mention],
      ),
    );
  });
}

/** The text from `from` to `to` of a sentence span, cut at spaces, with an ellipsis where it cuts into the span. */
function quote(
  paragraph: { id: string; text: string },
  span: { start: number; end: number },
  from: number,
  to: number,
  mentions: readonly Mention[],
): MentionContext {
  const { text } = paragraph;
  const first = Math.min(...mentions.map((mention) => mention.start));
  const last = Math.max(...mentions.map((mention) => mention.end));
  const cutStart = from > span.start;
  const cutEnd = to < span.end;
  if (cutStart) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < first) from = space + 1;
  }
  if (cutEnd) {
    const space = text.lastIndexOf(' ', to);
    if (space >= last) to = space;
  }
  while (from < first && /\s/u.test(text[from]!)) from += 1;
  while (to > last && /\s/u.test(text[to - 1]!)) to -= 1;
  const before = cutStart ? '… ' : '';
  const after = cutEnd && text.slice(to, span.end).trim() !== '' ? ' …' : '';
  return {
    paragraphId: paragraph.id,
    text: `${before}${text.slice(from, to)}${after}`,
    highlights: mentions.map((mention) => ({
      start: before.length + mention.start - from,
      end: before.length + mention.end - from,
    })),
  };
}
