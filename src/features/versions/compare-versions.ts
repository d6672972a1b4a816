/**
 * Two versions of one piece compared word by word, for the comparison page, with a count of the sentences that
 * differ for its summary line. Texts are plain text, one paragraph per block, paragraphs separated by blank lines.
 */
import { diffArrays, diffWords, type Change } from 'diff';
import { sentencesOf } from '../../shared/sentences';
import { MIN_WORDS_FOR_TEXT_MATCH, bodyWords } from './find-versions';
import { shingleHashes } from './minhash';

export type PartKind = 'same' | 'removed' | 'added';

export interface ComparisonPart {
  kind: PartKind;
  text: string;
}

export interface SentenceSummary {
  /** Sentences of the earlier version the later one does not have. */
  removed: number;
  /** Sentences of the later version the earlier one does not have. */
  added: number;
  /** Sentences that were reworded: a removed sentence with an added one in its place. */
  changed: number;
}

export interface VersionComparison {
  /** The text as paragraphs, each a run of parts; the later version's paragraph breaks, and the earlier's where only it has text. */
  paragraphs: ComparisonPart[][];
  summary: SentenceSummary;
}

const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/;

/** The paragraphs of a plain text, white space inside each collapsed, empty ones left out. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(PARAGRAPH_BREAK)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph !== '');
}

/**
 * Past this many word and punctuation edits the versions differ throughout: a word-by-word diff would be slow
 * (its cost grows with length times edits; 5,000 edits take about two seconds) and unreadable, so the page shows
 * the earlier text removed and the later added instead.
 */
export const MAX_WORD_EDITS = 5000;

/**
 * Texts of which less than this share of the shorter one's five-word runs is in the other are not diffed either:
 * two articles that only share a title. Measured on the shorter text, so an excerpt and the whole piece still
 * compare word by word. Checking costs a millisecond, where finding out from the diff costs up to the seconds above.
 * Short texts are always diffed: they cost nothing, and a few words share too few runs to judge by.
 */
export const MIN_SHARED_RUNS = 0.2;

export interface CompareOptions {
  maxWordEdits?: number;
}

/** Whether the texts share too little to be worth a word-by-word diff. */
function shareTooLittle(earlier: string, later: string): boolean {
  const [shorter, longer] = [bodyWords(earlier), bodyWords(later)].sort((a, b) => a.length - b.length) as [
    string[],
    string[],
  ];
  if (shorter.length < MIN_WORDS_FOR_TEXT_MATCH) return false;
  const runs = new Set(shingleHashes(longer));
  const shorterRuns = shingleHashes(shorter);
  const shared = shorterRuns.filter((run) => runs.has(run)).length;
  return shared / shorterRuns.length < MIN_SHARED_RUNS;
}

/**
 * Paragraphs both versions have unchanged are matched first, and only the runs between them are diffed word by
 * word: a word diff's cost grows with length times edits, and a republication keeps most paragraphs whole (the
 * 3,469 comparisons of the bench's 10,000 articles took 26 s instead of 77). A paragraph both keep is then shown
 * unchanged rather than matched word by word against another. Within a run, one diffWords over
 * its paragraphs, not one per paragraph: a paragraph split in two, or merged, is then no change at all, and a
 * paragraph removed is one removal. The parts are then cut at the paragraph breaks they hold.
 */
function comparedParagraphs(earlier: string[], later: string[], maxWordEdits: number): ComparisonPart[][] {
  const differThroughout = (): ComparisonPart[][] => [
    ...earlier.map((text): ComparisonPart[] => [{ kind: 'removed', text }]),
    ...later.map((text): ComparisonPart[] => [{ kind: 'added', text }]),
  ];
  if (shareTooLittle(earlier.join('\n\n'), later.join('\n\n'))) return differThroughout();
  const paragraphs: ComparisonPart[][] = [];
  let editsLeft = maxWordEdits;
  let removedRun: string[] = [];
  let addedRun: string[] = [];
  const diffRun = (): boolean => {
    if (removedRun.length > 0 || addedRun.length > 0) {
      const changes = diffWords(removedRun.join('\n\n'), addedRun.join('\n\n'), { maxEditLength: editsLeft });
      if (!changes) return false;
      for (const change of changes) if (change.added || change.removed) editsLeft -= change.count;
      paragraphs.push(...partsByParagraph(changes));
    }
    removedRun = [];
    addedRun = [];
    return true;
  };
  for (const change of diffArrays(earlier, later)) {
    if (change.removed) removedRun.push(...change.value);
    else if (change.added) addedRun.push(...change.value);
    else {
      if (!diffRun()) return differThroughout();
      paragraphs.push(...change.value.map((text): ComparisonPart[] => [{ kind: 'same', text }]));
    }
  }
  return diffRun() ? paragraphs : differThroughout();
}

/** A word diff's parts, cut into paragraphs at the paragraph breaks they hold. */
function partsByParagraph(changes: readonly Change[]): ComparisonPart[][] {
  const paragraphs: ComparisonPart[][] = [];
  let current: ComparisonPart[] = [];
  const endParagraph = () => {
    const first = current[0];
    const last = current.at(-1);
    if (first) first.text = first.text.trimStart();
    if (last) last.text = last.text.trimEnd();
    current = current.filter((part) => part.text !== '');
    if (current.length > 0) paragraphs.push(current);
    current = [];
  };
  const append = (kind: PartKind, text: string) => {
    // White space that differs alone is no change a reader could see.
    const shown: PartKind = text.trim() === '' ? 'same' : kind;
    const previous = current.at(-1);
    if (previous && previous.kind === shown) previous.text += text;
    else if (text !== '') current.push({ kind: shown, text });
  };
  for (const change of changes) {
    const kind: PartKind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    change.value.split(PARAGRAPH_BREAK).forEach((segment, at) => {
      if (at > 0) endParagraph();
      append(kind, segment);
    });
  }
  endParagraph();
  return paragraphs;
}

function sentenceTexts(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((paragraph) => sentencesOf(paragraph).map((sentence) => sentence.text));
}

/**
 * Counts sentences, not words: "3 sentences changed" says more to a reader than "41 words". Each run of removed
 * and added sentences between two shared ones pairs off as changed sentences, the rest of the longer side
 * counting as removed or added.
 */
export function summarise(earlier: readonly string[], later: readonly string[]): SentenceSummary {
  const summary: SentenceSummary = { removed: 0, added: 0, changed: 0 };
  let removed = 0;
  let added = 0;
  const endRun = () => {
    const changed = Math.min(removed, added);
    summary.changed += changed;
    summary.removed += removed - changed;
    summary.added += added - changed;
    removed = 0;
    added = 0;
  };
  for (const change of diffArrays(sentenceTexts(earlier), sentenceTexts(later))) {
    if (change.removed) removed += change.count;
    else if (change.added) added += change.count;
    else endRun();
  }
  endRun();
  return summary;
}

export function compareVersions(
  earlier: string,
  later: string,
  { maxWordEdits = MAX_WORD_EDITS }: CompareOptions = {},
): VersionComparison {
  const earlierParagraphs = paragraphsOf(earlier);
  const laterParagraphs = paragraphsOf(later);
  return {
    paragraphs: comparedParagraphs(earlierParagraphs, laterParagraphs, maxWordEdits),
    summary: summarise(earlierParagraphs, laterParagraphs),
  };
}

const plurals = new Intl.PluralRules('en-GB');
const numbers = new Intl.NumberFormat('en-GB');
/** A unit list joins with commas alone: "2 sentences removed, 1 changed", as the summary reads. */
const commaList = new Intl.ListFormat('en-GB', { type: 'unit', style: 'long' });
const SENTENCE: Partial<Record<Intl.LDMLPluralRule, string>> = { one: 'sentence', other: 'sentences' };

/**
 * The summary line: "2 sentences removed, 1 changed in the republication", "1 sentence added in the later
 * version", or "No difference in the text". The noun goes with the first count only, as one would write it.
 */
export function summaryText(summary: SentenceSummary, laterLabel: string): string {
  const counts = (
    [
      [summary.removed, 'removed'],
      [summary.changed, 'changed'],
      [summary.added, 'added'],
    ] as const
  ).filter(([count]) => count > 0);
  if (counts.length === 0) return 'No difference in the text';
  const phrases = counts.map(([count, what], at) => {
    const noun = at === 0 ? ` ${SENTENCE[plurals.select(count)] ?? SENTENCE.other}` : '';
    return `${numbers.format(count)}${noun} ${what}`;
  });
  return `${commaList.format(phrases)} in ${laterLabel}`;
}
