/**
 * A bibliography entry in the Chicago Manual of Style (17th edition), notes-and-bibliography system, for a web
 * article reprinted from another outlet. Returned as parts so a page can set the outlet in italics while the
 * plain text (for copying) stays the same words.
 */
import { displayName, invertedName, type ReferenceName } from '../../shared/person-names';
import { chicagoDate, type CitationRecord } from './record';

export const CHICAGO_STYLE = 'Chicago Manual of Style, 17th edition, notes and bibliography: bibliography entry';

export interface CitationPart {
  text: string;
  italic?: boolean;
}

/** Chicago lists up to ten authors; beyond that, the first seven and "et al." */
const MAX_LISTED_AUTHORS = 10;
const LISTED_BEFORE_ET_AL = 7;

/** Only the first name is inverted: "Ward, Geoffrey C., and Ken Burns." */
export function chicagoAuthors(authors: readonly ReferenceName[]): string {
  const names = authors.map((author, index) => (index === 0 ? invertedName(author) : displayName(author)));
  if (names.length > MAX_LISTED_AUTHORS) return `${names.slice(0, LISTED_BEFORE_ET_AL).join(', ')}, et al.`;
  if (names.length <= 1) return names[0] ?? '';
  if (names.length === 2) {
    // The comma that closes an inverted first name also comes before "and".
    const [first, second] = names as [string, string];
    return authors[0]?.kind === 'person' && first.includes(',') ? `${first}, and ${second}` : `${first} and ${second}`;
  }
  return `${names.slice(0, -1).join(', ')}, and ${names.at(-1)}`;
}

/** Double quotation marks inside a quoted title become single ones, as Chicago nests them. */
export function nestQuotes(title: string): string {
  return title
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/(^|[\s([{—–-])"/gu, '$1‘')
    .replace(/"/g, '’');
}

/** Ends a sentence-like element with a period unless it already ends with stop punctuation. */
function closed(text: string): string {
  return /[.?!]$/u.test(text) ? text : `${text}.`;
}

/** “Title.” with the period inside the quotation marks, or the title's own question or exclamation mark. */
function quotedTitle(title: string): string {
  const nested = nestQuotes(title.trim());
  return /[.?!]$/u.test(nested) ? `“${nested}”` : `“${nested}.”`;
}

export function chicagoBibliography(record: CitationRecord, accessed = '[date]'): CitationPart[] {
  const parts: CitationPart[] = [{ text: `${closed(chicagoAuthors(record.authors))} ${quotedTitle(record.title)} ` }];
  const republished = `${record.publisher.name}, ${chicagoDate(record.publisher.date)}`;
  if (record.original) {
    parts.push({ text: record.original.name, italic: true });
    const when = record.original.date ? `, ${chicagoDate(record.original.date)}` : '';
    parts.push({ text: `${when}. Republished by ${republished}. ` });
  } else {
    parts.push({ text: record.publisher.name, italic: true });
    parts.push({ text: `, ${chicagoDate(record.publisher.date)}. ` });
  }
  parts.push({ text: `${closed(record.archive)} Accessed ${accessed}. ${record.url}.` });
  return parts;
}

/** A Chicago citation as one string, its italics dropped. */
export function chicagoText(parts: readonly CitationPart[]): string {
  return parts.map((part) => part.text).join('');
}
