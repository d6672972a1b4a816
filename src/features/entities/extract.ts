import nlp from 'compromise';
import type { EntityKind } from './schema';
import { NAME_PARTICLES } from '../../shared/person-names';

/**
 * Finds the names of people, organisations and places in an article's paragraphs with compromise, and trims each
 * match to the name itself: compromise hands back "president Bashar al-Assad", "east-Aleppo.", "Obama's",
 * "Iraq, Libya, Yemen,", "al-Qaeda group", and the index wants "Bashar al-Assad", "Aleppo", "Obama", three
 * countries and "al-Qaeda". The spellings returned are exact slices of the text, so they can be found again in it.
 */

export interface Candidate {
  kind: EntityKind;
  /** Exactly as the text spells it. */
  text: string;
}

/** The parts of compromise's JSON output this module reads. */
interface MatchTerm {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

type Document = ReturnType<typeof nlp>;

/** The part of a compromise view this module calls. */
interface Matches {
  json(options: object): unknown;
}

const FINDERS: readonly (readonly [EntityKind, (document: Document) => Matches])[] = [
  ['person', (document) => document.people()],
  ['organisation', (document) => document.organizations()],
  ['place', (document) => document.places()],
];

/** Words compromise lets into a match that join two names rather than belong to one. */
const CONJUNCTIONS = new Set(['and', 'or', '&', 'nor', 'vs']);
/** Punctuation after a word that ends one name: lists ("Iraq, Libya"), slashes ("UK/U.S."), brackets, quotes. */
const NAME_BREAK = /[,;:/()[\]{}"“”!?…]|\s[-–—]\s|[–—]|\n/u;
const POSSESSIVE = /['’]s$/u;
const STARTS_UPPER = /^\p{Lu}/u;
const STARTS_LOWER = /^\p{Ll}/u;

/** Paragraph texts are joined with a blank line, which compromise treats as a sentence break. */
export function extractCandidates(paragraphs: readonly string[]): Candidate[] {
  const text = paragraphs.join('\n\n');
  const document = nlp(text);
  const candidates: Candidate[] = [];
  for (const [kind, find] of FINDERS) {
    const matches = find(document).json({ offset: true, terms: { offset: true, tags: true } }) as {
      terms: MatchTerm[];
    }[];
    for (const match of matches) {
      for (const name of namesInMatch(match.terms)) {
        const last = name.at(-1)!;
        const end = last.offset.start + last.offset.length - (POSSESSIVE.test(last.text) ? 2 : 0);
        candidates.push({ kind, text: text.slice(name[0]!.offset.start, end) });
      }
    }
  }
  return candidates;
}

/** Splits one match into the names it holds, each trimmed of titles and descriptive words. */
export function namesInMatch(terms: readonly MatchTerm[]): MatchTerm[][] {
  const pieces: MatchTerm[][] = [[]];
  for (const term of terms) {
    // "UK/U.S." comes as one word; it names two places, and neither alone.
    if (CONJUNCTIONS.has(term.text.toLowerCase()) || term.text.includes('/')) {
      pieces.push([]);
      continue;
    }
    pieces.at(-1)!.push(term);
    if (NAME_BREAK.test(term.post)) pieces.push([]);
  }
  return pieces.map(trimToName).filter((piece): piece is MatchTerm[] => piece !== null);
}

function trimToName(piece: MatchTerm[]): MatchTerm[] | null {
  let start = 0;
  let end = piece.length;
  // "President George W. Bush", "the CIA", "eastern Aleppo", "north-west Syria", "city of Raqqa".
  while (start < end && isLeadingDescription(piece[start]!, piece[start + 1])) start += 1;
  // "Aleppo city", "al-Qaeda group", "Qaeda-linked".
  while (end > start && STARTS_LOWER.test(piece[end - 1]!.text)) end -= 1;
  const name = piece.slice(start, end);
  if (!name.some((term) => STARTS_UPPER.test(term.text))) return null;
  if (
    name
      .map((term) => term.text)
      .join('')
      .replace(/[^\p{L}]/gu, '').length < 2
  )
    return null;
  if (name.length === 1) {
    // A lone word before a common noun describes rather than names: "Syrian government", "Western media",
    // "Obama administration". The name, where there is one, is found on its own elsewhere.
    if (end < piece.length) return null;
    if (name[0]!.tags.some((tag) => tag === 'Demonym' || tag === 'Adjective')) return null;
  }
  return name;
}

/** Tags of words that open a sentence, capitalised, without being part of the name after them ("If Aleppo falls"). */
const NOT_NAME_TAGS = new Set([
  'Honorific',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Condition',
  'Pronoun',
  'Adverb',
]);

/** Capitalised at a sentence's start, compromise sometimes takes these for the first word of a name ("If Aleppo"). */
const FUNCTION_WORDS = new Set([
  'if',
  'when',
  'while',
  'but',
  'as',
  'in',
  'on',
  'at',
  'by',
  'for',
  'from',
  'to',
  'after',
  'before',
  'since',
  'then',
  'with',
  'without',
  'unlike',
  'like',
]);

function isLeadingDescription(term: MatchTerm, next: MatchTerm | undefined): boolean {
  if (term.tags.some((tag) => NOT_NAME_TAGS.has(tag)) || FUNCTION_WORDS.has(term.text.toLowerCase())) return true;
  if (!STARTS_LOWER.test(term.text)) return false;
  // "al" stays in "al-Qaeda" ("of" goes from "city of Raqqa"): a particle opens a name when a word follows it.
  return !(NAME_PARTICLES.has(term.text) && next !== undefined);
}
