/**
 * Everything a reference needs to know about one article, gathered once so every format (Chicago, BibTeX, RIS,
 * CSL-JSON) cites the same thing: the publisher's republication, with the original outlet where known, as kept in
 * this archive at its own address.
 */
import type { ArticleLike } from '../articles/catalog';
import { absoluteUrl, articleUrl } from '../../shared/urls';
import { referenceName, type ReferenceName } from '../../shared/person-names';

/** The facts about the archive a reference names. */
export interface CitingSite {
  name: string;
  url: string;
  language: string;
}

export interface CitationRecord {
  /** The article's slug: unique in the collection and permanent (it is the page's address), so a safe key. */
  key: string;
  title: string;
  authors: ReferenceName[];
  /** The publisher whose republication the archive holds, with its ISO date. */
  publisher: { name: string; date: string };
  /** Where the piece first appeared; the date only when the capture states it. */
  original?: { name: string; date?: string };
  standfirst?: string;
  /** Regions, themes and reports, in that order, each once. */
  keywords: string[];
  /** The article's page in the archive. */
  url: string;
  archive: string;
  language: string;
}

export function citationRecord(article: ArticleLike, site: CitingSite): CitationRecord {
  const { data } = article;
  const { regions, themes, reports } = data.topics;
  return {
    key: article.id,
    title: data.title,
    authors: data.authors.map((credit) => referenceName(credit, data.original?.slug)),
    publisher: { name: data.publisher.name, date: data.publisher.date },
    ...(data.original && {
      original: { name: data.original.name, ...(data.original.date && { date: data.original.date }) },
    }),
    ...(data.standfirst && { standfirst: data.standfirst }),
    keywords: [...new Set([...regions, ...themes, ...reports])],
    url: absoluteUrl(articleUrl(article.id), site.url),
    archive: site.name,
    language: site.language,
  };
}

/** "2016-12-05" → [2016, 12, 5] */
export function dateParts(iso: string): [number, number, number] {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return [year, month, day];
}

const CHICAGO_DATE = new Intl.DateTimeFormat('en-US', {
  month: 'long',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "2016-12-05" → "December 5, 2016", the form Chicago's examples use. */
export function chicagoDate(iso: string): string {
  return CHICAGO_DATE.format(new Date(`${iso}T00:00:00Z`));
}

/**
 * The publication history in one sentence for a reference's note field:
 * "Originally published by Moon of Alabama, December 5, 2016. Republished by Global Research, December 6, 2016."
 */
export function historyNote(record: CitationRecord): string {
  const republished = `${record.original ? 'Republished' : 'Published'} by ${record.publisher.name}, ${chicagoDate(record.publisher.date)}.`;
  if (!record.original) return republished;
  const when = record.original.date ? `, ${chicagoDate(record.original.date)}` : '';
  return `Originally published by ${record.original.name}${when}. ${republished}`;
}
