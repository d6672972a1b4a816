/**
 * BibTeX entries (@misc, readable by BibTeX and biblatex alike). Values are brace-delimited and every character
 * TeX treats specially is escaped, so any title or name survives a round trip through a BibTeX parser.
 */
import { partedText, type PartedText } from '../../shared/parted-text';
import type { ReferenceName } from '../../shared/person-names';
import { dateParts, historyNote, type CitationRecord } from './record';

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

const TEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '%': '\\%',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Escapes TeX's special characters; white space (line breaks included) collapses to single spaces. */
export function escapeBibtex(text: string): string {
  return text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\\{}$&%#_^~]/g, (character) => TEX_SPECIALS[character]!);
}

/**
 * A person as "Family, Given", the form BibTeX never misreads; an organisation inside an extra pair of braces, so
 * BibTeX neither splits it at "and" nor takes its last word for a family name.
 */
export function bibtexName(name: ReferenceName): string {
  if (name.kind === 'organization') return `{${escapeBibtex(name.name)}}`;
  // In the "Family, Given" form every word before the comma belongs to the family name, so "Van Auken" stays whole.
  const family = escapeBibtex(name.family);
  return name.given ? `${family}, ${escapeBibtex(name.given)}` : family;
}

/** Keys are the article's slug: ASCII letters, digits and hyphens, unique and never changing. */
export function bibtexKey(record: CitationRecord): string {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(record.key)) throw new Error(`Not a safe BibTeX key: ${record.key}`);
  return record.key;
}

const LANGUAGE_NAMES = new Intl.DisplayNames('en', { type: 'language' });

/** biblatex's langid wants babel's name for the language ("english"), not its code. */
export function babelLanguage(code: string): string {
  return (LANGUAGE_NAMES.of(code) ?? code).toLowerCase();
}

export function formatBibtex(record: CitationRecord): string {
  const [year, month] = dateParts(record.publisher.date);
  // Each value is written in braces, except the month: BibTeX's own macro, so each style names it in its language.
  const fields: [name: string, value: string][] = [
    ['author', `{${record.authors.map(bibtexName).join(' and ')}}`],
    // Double braces keep the title's capitals as published, whatever the style does to case.
    ['title', `{{${escapeBibtex(record.title)}}}`],
    ['howpublished', `{${escapeBibtex(record.publisher.name)}}`],
    ['year', `{${year}}`],
    ['month', MONTH_MACROS[month - 1]!],
    ['date', `{${record.publisher.date}}`],
  ];
  if (record.original) fields.push(['origpublisher', `{${escapeBibtex(record.original.name)}}`]);
  if (record.original?.date) fields.push(['origdate', `{${record.original.date}}`]);
  fields.push(
    ['url', `{${record.url}}`],
    ['note', `{${escapeBibtex(`${historyNote(record)} Archived in ${record.archive}.`)}}`],
  );
  if (record.standfirst) fields.push(['abstract', `{${escapeBibtex(record.standfirst)}}`]);
  if (record.keywords.length > 0) fields.push(['keywords', `{${record.keywords.map(escapeBibtex).join(', ')}}`]);
  fields.push(['langid', `{${babelLanguage(record.language)}}`]);

  const width = Math.max(...fields.map(([name]) => name.length));
  const lines = fields.map(([name, value]) => `  ${name.padEnd(width)} = ${value},`);
  return `@misc{${bibtexKey(record)},\n${lines.join('\n')}\n}\n`;
}

/** citations.bib: one entry an item, a blank line between entries, each record made when its part is. */
export function bibtexCollection<T>(items: readonly T[], record: (item: T) => CitationRecord): PartedText {
  return partedText(items, (item) => formatBibtex(record(item)), { separator: '\n' });
}
