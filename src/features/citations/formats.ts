/**
 * The citation formats offered as downloads: each article's file beside its page, and the whole collection's
 * under /data/. Routes take their file names and media types from here.
 */
import { formatBibtex } from './bibtex';
import { formatCslJson } from './csl';
import { citationRecord, type CitationRecord } from './record';
import { formatRis } from './ris';
import type { ArticleLike } from '../articles/catalog';
import { articleUrl } from '../../shared/urls';
import { site } from '../../site.config';

export interface CitationFormat {
  /** The article's file in this format sits at /articles/<slug>/<fileName>. */
  fileName: string;
  mediaType: string;
  /** One article's reference in this format. */
  render: (record: CitationRecord) => string;
}

export const CITATION_FORMATS = {
  bib: { fileName: 'citation.bib', mediaType: 'application/x-bibtex; charset=utf-8', render: formatBibtex },
  ris: {
    fileName: 'citation.ris',
    mediaType: 'application/x-research-info-systems; charset=utf-8',
    render: formatRis,
  },
  json: {
    fileName: 'citation.json',
    mediaType: 'application/vnd.citationstyles.csl+json; charset=utf-8',
    render: (record: CitationRecord) => formatCslJson([record]),
  },
} as const satisfies Record<string, CitationFormat>;

export type CitationFormatName = keyof typeof CITATION_FORMATS;

export const CITATION_FORMAT_NAMES = Object.keys(CITATION_FORMATS) as CitationFormatName[];

export const citationFileUrl = (slug: string, format: CitationFormatName): string =>
  `${articleUrl(slug)}${CITATION_FORMATS[format].fileName}`;

/** The article's reference as the file in this format holds it. */
export const citationText = (article: ArticleLike, format: CitationFormatName): string =>
  CITATION_FORMATS[format].render(citationRecord(article, site));
