/**
 * CSL-JSON items (the Citation Style Language's data format, read by Zotero, Pandoc and citeproc): the
 * publisher's republication as a newspaper-style article, with the original outlet and date as its original.
 */
import { partedJson, wholeText, type PartedText } from '../../shared/parted-text';
import { dateParts, historyNote, type CitationRecord } from './record';

export type CslName = { family: string; given?: string } | { literal: string };

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title: string;
  author: CslName[];
  'container-title': string;
  publisher: string;
  issued: { 'date-parts': [[number, number, number]] };
  'original-publisher'?: string;
  'original-date'?: { 'date-parts': [[number, number, number]] };
  URL: string;
  abstract?: string;
  keyword?: string;
  language: string;
  archive: string;
  note: string;
}

export function cslItem(record: CitationRecord): CslItem {
  return {
    id: record.key,
    type: 'article-newspaper',
    title: record.title,
    author: record.authors.map((name): CslName =>
      name.kind === 'organization'
        ? { literal: name.name }
        : { family: name.family, ...(name.given && { given: name.given }) },
    ),
    'container-title': record.publisher.name,
    publisher: record.publisher.name,
    issued: { 'date-parts': [dateParts(record.publisher.date)] },
    ...(record.original && { 'original-publisher': record.original.name }),
    ...(record.original?.date && { 'original-date': { 'date-parts': [dateParts(record.original.date)] } }),
    URL: record.url,
    ...(record.standfirst && { abstract: record.standfirst }),
    // CSL keeps keywords in one string; commas separate them, as Zotero writes it.
    ...(record.keywords.length > 0 && { keyword: record.keywords.join(', ') }),
    language: record.language,
    archive: record.archive,
    note: historyNote(record),
  };
}

/** A CSL-JSON file is always an array of items, even for one article. */
export function formatCslJson(records: readonly CitationRecord[]): string {
  return wholeText(cslJsonCollection(records, (record) => record));
}

/** citations.json: a CSL-JSON array, one item a part, each record made when its part is. */
export function cslJsonCollection<T>(items: readonly T[], record: (item: T) => CitationRecord): PartedText {
  return partedJson(
    (array) => array,
    items,
    (item) => cslItem(record(item)),
  );
}
