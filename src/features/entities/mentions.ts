import { collapseSpace } from '../markdown/mdast-text';
import { NAME_PARTICLES } from '../../shared/person-names';

/**
 * Finding names again in text. The name finder decides which names exist; every occurrence of their spellings then
 * counts as a mention, also where the finder itself missed one. The same matcher serves the article links (over
 * the Markdown's text nodes) and the index pages (over paragraph text), so a link is only ever put on a mention.
 *
 * Spellings are indexed by their first word rather than compiled into one regular expression, so matching stays
 * linear in the text with the thousands of spellings of a large collection.
 */

export interface EntitySpellings {
  slug: string;
  spellings: readonly string[];
}

export interface SpellingMatch {
  slug: string;
  /** Offsets into the searched text, end exclusive. */
  start: number;
  end: number;
}

export type SpellingMatcher = (text: string) => SpellingMatch[];

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
const SPACE = /[\s\u00a0]/u;

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && WORD_CHARACTER.test(character);
}

/** The leading run of letters and digits: "ISIS" for "ISIS-Daesh", "U" for "U.S.", "al" for "al-Qaeda". */
function firstWord(text: string, from = 0): string {
  let end = from;
  while (end < text.length && isWordCharacter(text[end])) end += 1;
  return text.slice(from, end);
}

/**
 * Where `spelling` ends if it occurs at `start` as whole words, or -1. A space or hyphen between the spelling's
 * words stands for a hyphen or any run of white space in the text (a line break in the Markdown, a no-break space),
 * as slugs make no difference between them either: "al-Qaeda", "al Qaeda"; "Ahrar al-Sham", "Ahrar al Sham".
 */
function matchEnd(text: string, start: number, spelling: string): number {
  let at = start;
  for (let index = 0; index < spelling.length; index += 1) {
    const character = spelling[index]!;
    if (character === ' ' || character === '-') {
      if (text[at] === '-') {
        at += 1;
      } else if (SPACE.test(text[at] ?? '')) {
        while (SPACE.test(text[at] ?? '')) at += 1;
      } else {
        return -1;
      }
    } else if (text[at] === character) {
      at += 1;
    } else {
      return -1;
    }
  }
  return isWordCharacter(text[at]) ? -1 : at;
}

/** A name also as written at a sentence's start ("Al-Qaeda"), and with its particle in lower case ("al Qaeda"). */
function caseVariants(spelling: string): string[] {
  const first = firstWord(spelling);
  const variants = new Set([spelling, spelling.charAt(0).toLocaleUpperCase('en') + spelling.slice(1)]);
  if (NAME_PARTICLES.has(first.toLowerCase())) variants.add(first.toLowerCase() + spelling.slice(first.length));
  return [...variants];
}

/**
 * Whole-word, case-sensitive matches of any entity's spellings, left to right; where spellings overlap, the one
 * that starts first wins, then the longest ("Harakat Hezbollah al-Nujaba" over "Hezbollah").
 */
export function spellingMatcher(entities: readonly EntitySpellings[]): SpellingMatcher {
  const byFirstWord = new Map<string, { spelling: string; slug: string }[]>();
  const seen = new Set<string>();
  for (const { slug, spellings } of entities) {
    for (const spelling of spellings.flatMap((text) => caseVariants(collapseSpace(text)))) {
      const key = firstWord(spelling);
      if (key === '' || seen.has(spelling)) continue;
      seen.add(spelling);
      const candidates = byFirstWord.get(key) ?? [];
      candidates.push({ spelling, slug });
      byFirstWord.set(key, candidates);
    }
  }
  for (const candidates of byFirstWord.values()) {
    candidates.sort((a, b) => b.spelling.length - a.spelling.length || (a.spelling < b.spelling ? -1 : 1));
  }
  return (text) => {
    const matches: SpellingMatch[] = [];
    let position = 0;
    while (position < text.length) {
      if (!isWordCharacter(text[position]) || isWordCharacter(text[position - 1])) {
        position += 1;
        continue;
      }
      const word = firstWord(text, position);
      let end = -1;
      for (const candidate of byFirstWord.get(word) ?? []) {
        end = matchEnd(text, position, candidate.spelling);
        if (end !== -1) {
          matches.push({ slug: candidate.slug, start: position, end });
          break;
        }
      }
      position = end !== -1 ? end : position + word.length;
    }
    return matches;
  };
}

export interface Mention extends SpellingMatch {
  paragraphId: string;
  /** The words as the paragraph spells them. */
  text: string;
}

/** Every mention in the paragraphs, in reading order. */
export function findMentions(paragraphs: readonly { id: string; text: string }[], matcher: SpellingMatcher): Mention[] {
  return paragraphs.flatMap(({ id, text }) =>
    matcher(text).map((match) => ({ ...match, paragraphId: id, text: text.slice(match.start, match.end) })),
  );
}
