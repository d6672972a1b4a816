/**
 * The search index as it is served: a small manifest loaded on first use, and files fetched as a query needs them,
 * so that neither the first search nor any other downloads more as the collection grows than its words need.
 *
 *   /search/manifest.json        SearchManifest
 *   /search/lexicon/<n>.json     LexiconShard       (a run of the sorted vocabulary: n from manifest.lexicon)
 *   /search/typos/<key>.json     string[]           (a typo bucket's terms: key from typoBucketKey)
 *   /search/shards/<n>.json      PostingShard       (words: n from the word's lexicon entry)
 *   /search/pairs/<n>.json       PostingShard       (word pairs: n = shardOf(pair, manifest.pairShardCount))
 *   /search/facets/<n>.json      DocFacets[]        (n = floor(docId / manifest.facetChunkSize))
 *   /search/docs/<n>.json        DocChunk           (n = floor(docId / manifest.docChunkSize))
 *   /search/text/<docId>.json    DocText
 */

export const INDEX_VERSION = 4;

export interface SearchManifest {
  version: typeof INDEX_VERSION;
  docCount: number;
  /** The first term of each lexicon shard, in vocabulary order: a term is in the last shard starting at or before it. */
  lexicon: string[];
  /**
   * The typo buckets that hold any term: by length and end ("9-f", typoBucketGroup), the letters of those buckets
   * run together ("abdk").
   */
  typoBuckets: Record<string, string>;
  pairShardCount: number;
  docChunkSize: number;
  facetChunkSize: number;
  /** Republication day of each document, as days since 1970-01-01, for date sort and tie-breaks. */
  days: number[];
  /** Facet values, each list sorted for display; documents refer to them by index (see DocFacets). */
  facets: {
    authors: FacetValue[];
    outlets: FacetValue[];
    topics: FacetValue[];
    years: FacetValue[];
  };
}

/**
 * A run of the sorted vocabulary: each term with its postings when it is found in at most INLINE_POSTINGS_MAX_DOCS
 * documents (a flat list, as in a posting shard), or else the number of the word shard that holds them. The
 * rarest words (names, the words people search for) then cost no request beyond their lexicon shard: a search
 * waiting on the network is slow, most of all while the reader is still typing, when the browser puts network
 * responses behind keystrokes.
 */
export type LexiconShard = [term: string, postings: number[] | number][];

/** One document's facets: [year index, outlet index or -1, author indexes, topic indexes]. */
export type DocFacets = [number, number, number[], number[]];

export interface FacetValue {
  /** The URL value of the filter (a slug, or the year). */
  key: string;
  label: string;
}

/**
 * Postings of the words in one run of the vocabulary, or of the adjacent word pairs ("a b", for phrases) that hash
 * to one pair shard:
 * a flat list [docId gap, weight, docId gap, weight, …], doc ids ascending, weights in hundredths.
 */
export type PostingShard = Record<string, number[]>;

export interface DocSummary {
  slug: string;
  title: string;
  /** Credited author names, in byline order. */
  authors: string[];
  /** ISO date of the archived version's publication. */
  date: string;
  publisher: string;
  /** The outlet where the piece first appeared, when that was not its publisher. */
  outlet?: string;
  originalDate?: string;
}

export type DocChunk = DocSummary[];

export interface DocText {
  /** Standfirst first (when there is one), then each body paragraph, heading or list item as plain text. */
  blocks: string[];
  /** Per block, the id of its paragraph on the article page (`p12`), or null (standfirst, headings). */
  anchors: (string | null)[];
}

/** A search as the URL states it: /search/?q=…&author=…&source=…&topic=…&year=…&sort=date */
export interface SearchRequest {
  query: string;
  filters: { author: string[]; source: string[]; topic: string[]; year: string[] };
  sort: 'relevance' | 'date';
}

export interface FacetCount extends FacetValue {
  count: number;
  selected: boolean;
}

export interface SearchHit {
  docId: number;
  score: number;
  /** Normalized vocabulary terms that matched in this document (after typo and prefix expansion). */
  matchedTerms: string[];
}

export interface SearchResponse {
  /** All matching documents in display order. */
  hits: SearchHit[];
  /** Counts over the matches before filtering by that facet's own selection. */
  facets: { author: FacetCount[]; source: FacetCount[]; topic: FacetCount[]; year: FacetCount[] };
  /** Words the query excluded or quoted, as parsed, so the page can echo how it read the query. */
  parsed: { words: string[]; phrases: string[][]; excluded: string[] };
}
