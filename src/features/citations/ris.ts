/**
 * RIS records (the tagged format EndNote, Zotero and Mendeley import). One tag a line, "TAG  - value", lines ending
 * in CR LF as the format specifies, each record closed by "ER  - ".
 */
import { partedText, type PartedText } from '../../shared/parted-text';
import { invertedName } from '../../shared/person-names';
import { chicagoDate, historyNote, type CitationRecord } from './record';

const EOL = '\r\n';

/** A value on one line: the format has no way to continue one. */
function oneLine(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

export function risLine(tag: string, value: string): string {
  return `${tag}  - ${oneLine(value)}`;
}

export function formatRis(record: CitationRecord): string {
  const lines = [
    risLine('TY', 'NEWS'),
    risLine('ID', record.key),
    ...record.authors.map((author) => risLine('AU', invertedName(author))),
    risLine('TI', record.title),
    risLine('T2', record.publisher.name),
    risLine('PB', record.publisher.name),
    risLine('PY', record.publisher.date.slice(0, 4)),
    risLine('DA', record.publisher.date.replaceAll('-', '/')),
  ];
  if (record.original) {
    const when = record.original.date ? `, ${chicagoDate(record.original.date)}` : '';
    lines.push(risLine('OP', `${record.original.name}${when}`));
  }
  lines.push(risLine('UR', record.url));
  if (record.standfirst) lines.push(risLine('AB', record.standfirst));
  lines.push(...record.keywords.map((keyword) => risLine('KW', keyword)));
  lines.push(
    risLine('LA', record.language),
    risLine('DB', record.archive),
    risLine('N1', `${historyNote(record)} Archived in ${record.archive}.`),
    'ER  - ',
  );
  return lines.join(EOL) + EOL;
}

/** citations.ris: one record an item, each made when its part is. */
export function risCollection<T>(items: readonly T[], record: (item: T) => CitationRecord): PartedText {
  return partedText(items, (item) => formatRis(record(item)), { separator: EOL });
}
