import { terms } from './normalize';
import { pairKey, PostingsEncoder, runSizes, shardCountFor, shardOf, WORD_SHARD_BYTES } from './shards';
import { typoBucketGroup, typoBuckets, typoBucketsOfTerm } from './term-matcher';
import {
  INDEX_VERSION,
  type DocChunk,
  type DocFacets,
  type DocText,
  type FacetValue,
  type LexiconShard,
  type PostingShard,
  type SearchManifest,
} from './types';

export interface IndexableArticle {
  slug: string;
  title: string;
  authors: { name: string; slug: string }[];
  /** ISO date of the archived version's publication. */
  date: string;
  /** Who published the archived version. */
  publisher: { name: string; slug: string };
  /** Where the piece first appeared, when that was another outlet. */
  outlet?: { name: string; slug: string; date?: string };
  topics: { name: string; slug: string }[];
  standfirst?: string;
  /** Body paragraphs, headings and list items as plain text. */
  blocks: string[];
  /** Per block, its paragraph's anchor on the article page, where it has one. */
  blockAnchors?: (string | null)[];
}

export interface BuiltIndex {
  manifest: SearchManifest;
  lexicon: LexiconShard[];
  /** By bucket key, as the manifest lists them. */
  typoBuckets: Map<string, string[]>;
  wordShards: PostingShard[];
  pairShards: PostingShard[];
  facetChunks: DocFacets[][];
  docChunks: DocChunk[];
  texts: DocText[];
}

/** Title, byline and topic matches outrank body matches: a word there says what the article is about. */
const FIELD_BOOSTS = { title: 6, authors: 5, topics: 4, outlet: 3, standfirst: 2, body: 1 } as const;
type Field = keyof typeof FIELD_BOOSTS;
const K1 = 1.2;
const B = 0.75;
const DOC_CHUNK_SIZE = 50;
/**
 * A facet chunk of this many documents is about 10 KB gzipped: a query of rare words loads one or two, and the
 * commonest words (found everywhere) load them all once, about 5 bytes a document.
 */
const FACET_CHUNK_SIZE = 2_000;
/** About how many bytes a lexicon shard holds: one small download (a few KB gzipped) per word looked up. */
const LEXICON_SHARD_BYTES = 12_000;
/** Words in this many documents or fewer keep their postings in their lexicon entry (see LexiconShard). */
export const INLINE_POSTINGS_MAX_DOCS = 2;
const DAY_MS = 86_400_000;

/**
 * Builds the served index. Documents are numbered newest first, so a lower id is a newer article and equal
 * scores need no further tie-break.
 */
export function buildSearchIndex(articles: readonly IndexableArticle[]): BuiltIndex {
  const ordered = [...articles].sort((a, b) =>
    a.date === b.date ? (a.slug < b.slug ? -1 : 1) : a.date < b.date ? 1 : -1,
  );
  // Nothing holds every document's words at once: a document is tokenized to count its length, and again to be
  // indexed, which costs less than keeping a hundred thousand documents' tokens.
  const postings = new Map<string, PostingsEncoder>();
  const lengths = ordered.map((article) => fieldLength(fieldsOf(article)));
  const averageLength = lengths.reduce((sum, length) => sum + length, 0) / Math.max(1, lengths.length);

  ordered.forEach((article, docId) => {
    const boosted = new Map<string, number>();
    for (const [field, runs] of Object.entries(fieldsOf(article)) as [Field, string[][]][]) {
      const boost = FIELD_BOOSTS[field];
      for (const words of runs) {
        words.forEach((word, index) => {
          boosted.set(word, (boosted.get(word) ?? 0) + boost);
          const next = words[index + 1];
          if (next !== undefined) {
            const pair = pairKey(word, next);
            boosted.set(pair, (boosted.get(pair) ?? 0) + boost);
          }
        });
      }
    }
    const norm = K1 * (1 - B + (B * lengths[docId]!) / averageLength);
    for (const [term, frequency] of boosted) {
      const weight = Math.max(1, Math.round((100 * (frequency * (K1 + 1))) / (frequency + norm)));
      let list = postings.get(term);
      if (!list) postings.set(term, (list = new PostingsEncoder()));
      list.add(docId, weight);
    }
  });

  const vocabulary = [...postings.keys()].filter((term) => !term.includes(' ')).sort();
  const flatOf = (term: string) => postings.get(term)!.flat;
  const isInline = (term: string) => postings.get(term)!.docCount <= INLINE_POSTINGS_MAX_DOCS;

  // Word shards hold runs of the vocabulary, so the words a typed prefix begins share a shard or a few neighbours.
  const wordShardOf = new Map<string, number>();
  const wordShards: PostingShard[] = [];
  let next = 0;
  for (const size of runSizes(
    vocabulary.map((term) => (isInline(term) ? 0 : jsonBytes(term, flatOf(term)))),
    WORD_SHARD_BYTES,
  )) {
    const terms = vocabulary.slice(next, next + size).filter((term) => !isInline(term));
    for (const term of terms) wordShardOf.set(term, wordShards.length);
    wordShards.push(Object.fromEntries(terms.map((term) => [term, flatOf(term)])));
    next += size;
  }

  const lexicon: LexiconShard[] = [];
  next = 0;
  for (const size of runSizes(
    vocabulary.map((term) => (isInline(term) ? jsonBytes(term, flatOf(term)) : term.length + 10)),
    LEXICON_SHARD_BYTES,
  )) {
    lexicon.push(
      vocabulary.slice(next, next + size).map((term) => [term, isInline(term) ? flatOf(term) : wordShardOf.get(term)!]),
    );
    next += size;
  }
  const buckets = typoBuckets(vocabulary);

  const pairShardCount = shardCountFor(ordered.length);
  const pairShards: PostingShard[] = Array.from({ length: pairShardCount }, () => ({}));
  for (const pair of [...postings.keys()].filter((term) => term.includes(' ')).sort()) {
    pairShards[shardOf(pair, pairShardCount)]![pair] = postings.get(pair)!.flat;
  }

  const facets = facetsOf(ordered);
  return {
    manifest: {
      version: INDEX_VERSION,
      docCount: ordered.length,
      lexicon: lexicon.map((shard) => shard[0]![0]),
      typoBuckets: typoBucketLetters(vocabulary),
      pairShardCount,
      docChunkSize: DOC_CHUNK_SIZE,
      facetChunkSize: FACET_CHUNK_SIZE,
      days: ordered.map((article) => Math.round(Date.parse(`${article.date}T00:00:00Z`) / DAY_MS)),
      facets: facets.values,
    },
    lexicon,
    typoBuckets: buckets,
    wordShards,
    pairShards,
    facetChunks: chunk(facets.ofDocs, FACET_CHUNK_SIZE),
    docChunks: chunk(ordered.map(summaryOf), DOC_CHUNK_SIZE),
    texts: ordered.map((article) => ({
      blocks: [...(article.standfirst ? [article.standfirst] : []), ...article.blocks],
      anchors: [
        ...(article.standfirst ? [null] : []),
        ...article.blocks.map((_, index) => article.blockAnchors?.[index] ?? null),
      ],
    })),
  };
}

/** For each length and end, the letters whose typo buckets hold any term, so the client asks for no empty one. */
function typoBucketLetters(vocabulary: readonly string[]): Record<string, string> {
  const letters = new Map<string, Set<string>>();
  for (const term of vocabulary) {
    for (const { length, end, letter } of typoBucketsOfTerm(term)) {
      const group = typoBucketGroup(length, end);
      let found = letters.get(group);
      if (!found) letters.set(group, (found = new Set()));
      found.add(letter);
    }
  }
  return Object.fromEntries([...letters].map(([group, found]) => [group, [...found].sort().join('')]));
}

/** About what a term's entry adds to its shard's JSON: `"term":[1,2,…],`. */
function jsonBytes(term: string, flat: readonly number[]): number {
  return term.length + 5 + flat.reduce((sum, value) => sum + String(value).length + 1, 0);
}

function fieldLength(fields: Record<Field, string[][]>): number {
  return Object.values(fields).reduce((sum, runs) => sum + runs.reduce((count, run) => count + run.length, 0), 0);
}

/** Each field as runs of words; a phrase never spans two runs (two authors, two paragraphs). */
function fieldsOf(article: IndexableArticle): Record<Field, string[][]> {
  return {
    title: [terms(article.title)],
    authors: article.authors.map((author) => terms(author.name)),
    topics: article.topics.map((topic) => terms(topic.name)),
    outlet: article.outlet ? [terms(article.outlet.name)] : [],
    standfirst: article.standfirst ? [terms(article.standfirst)] : [],
    body: article.blocks.map((block) => terms(block)),
  };
}

function summaryOf(article: IndexableArticle): DocChunk[number] {
  return {
    slug: article.slug,
    title: article.title,
    authors: article.authors.map((author) => author.name),
    date: article.date,
    publisher: article.publisher.name,
    ...(article.outlet ? { outlet: article.outlet.name } : {}),
    ...(article.outlet?.date ? { originalDate: article.outlet.date } : {}),
  };
}

function facetsOf(ordered: readonly IndexableArticle[]): { values: SearchManifest['facets']; ofDocs: DocFacets[] } {
  const authors = new FacetIndex();
  const outlets = new FacetIndex();
  const topics = new FacetIndex();
  const years = new FacetIndex();
  for (const article of ordered) {
    article.authors.forEach((author) => authors.add(author.slug, author.name));
    const first = article.outlet ?? article.publisher;
    outlets.add(first.slug, first.name);
    article.topics.forEach((topic) => topics.add(topic.slug, topic.name));
    years.add(article.date.slice(0, 4), article.date.slice(0, 4));
  }
  authors.seal((a, b) => a.label.localeCompare(b.label));
  outlets.seal((a, b) => a.label.localeCompare(b.label));
  topics.seal((a, b) => a.label.localeCompare(b.label));
  years.seal((a, b) => b.key.localeCompare(a.key));
  return {
    values: { authors: authors.values, outlets: outlets.values, topics: topics.values, years: years.values },
    ofDocs: ordered.map((article) => [
      years.indexOf(article.date.slice(0, 4)),
      outlets.indexOf((article.outlet ?? article.publisher).slug),
      [...new Set(article.authors.map((author) => authors.indexOf(author.slug)))],
      [...new Set(article.topics.map((topic) => topics.indexOf(topic.slug)))],
    ]),
  };
}

/** Facet values by key; the first label seen for a key is the one shown. */
class FacetIndex {
  values: FacetValue[] = [];
  private readonly labels = new Map<string, string>();
  private readonly positions = new Map<string, number>();

  add(key: string, label: string): void {
    if (!this.labels.has(key)) this.labels.set(key, label);
  }

  seal(order: (a: FacetValue, b: FacetValue) => number): void {
    this.values = [...this.labels].map(([key, label]) => ({ key, label })).sort(order);
    this.values.forEach((value, index) => this.positions.set(value.key, index));
  }

  indexOf(key: string): number {
    return this.positions.get(key)!;
  }
}

function chunk<T>(items: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

/**
 * Every index file but the manifest, by its path under /search/ as the client fetches it (client/fetch-source.ts),
 * with its JSON value.
 */
export function indexFiles(index: BuiltIndex): { path: string; value: unknown }[] {
  const under = (folder: string, values: readonly unknown[]) =>
    values.map((value, at) => ({ path: `${folder}/${at}.json`, value }));
  return [
    ...under('lexicon', index.lexicon),
    ...[...index.typoBuckets].map(([key, terms]) => ({ path: `typos/${key}.json`, value: terms })),
    ...under('shards', index.wordShards),
    ...under('pairs', index.pairShards),
    ...under('facets', index.facetChunks),
    ...under('docs', index.docChunks),
    ...under('text', index.texts),
  ];
}
