import { parseQuery, type ParsedQuery } from './query';
import { decodePostings, lexiconShardOf, NO_POSTINGS, pairKey, shardOf, type PostingList } from './shards';
import {
  termsWithPrefix,
  TermMatcher,
  typoBucketGroup,
  typoBucketKey,
  type MatchKind,
  type VocabularyReader,
} from './term-matcher';
import type {
  DocChunk,
  DocFacets,
  DocSummary,
  DocText,
  LexiconShard,
  PostingShard,
  SearchHit,
  SearchManifest,
  SearchRequest,
  SearchResponse,
} from './types';

/** Where the engine gets the served index files: fetch in the browser, the file system in tests. */
export interface IndexSource {
  manifest(): Promise<SearchManifest>;
  /**
   * An index file by its path under /search/, such as "lexicon/3.json" (see types.ts). `background`: nobody waits
   * for it yet, so it may yield to the fetches a search is waiting on.
   */
  file(path: string, background?: boolean): Promise<unknown>;
  text(docId: number): Promise<DocText>;
}

/** An exact word counts fully; a word completed from a prefix, or one typo away, ranks below it. */
const MATCH_FACTORS: Record<MatchKind, number> = { exact: 1, prefix: 0.6, typo: 0.45 };
const PHRASE_BONUS = 1.5;
/** About 360 KB gzipped: see prefetchSummaries. */
const PREFETCHED_SUMMARIES = 10_000;

type FacetName = keyof SearchResponse['facets'];
const FACET_NAMES: FacetName[] = ['author', 'source', 'topic', 'year'];

/** A lexicon shard as the engine reads it: its terms in order, and each term's postings or word shard. */
interface Lexicon {
  terms: string[];
  entries: Map<string, PostingList | number>;
}

export class SearchEngine {
  private manifestData?: SearchManifest;
  private readonly matcher = new TermMatcher(this.vocabularyReader());
  /** Every index file loaded so far, by path, as the engine reads it. */
  private readonly files = new Map<string, Promise<unknown>>();

  constructor(private readonly source: IndexSource) {}

  async manifest(): Promise<SearchManifest> {
    this.manifestData ??= await this.source.manifest();
    return this.manifestData;
  }

  /** `isStale` lets a caller whose search was overtaken skip its fetches; the answer is then empty. */
  async search(request: SearchRequest, isStale: () => boolean = () => false): Promise<SearchResponse> {
    const manifest = await this.manifest();
    const parsed = parseQuery(request.query);
    const echo = { words: parsed.words, phrases: parsed.phrases, excluded: parsed.excluded };
    const scored =
      parsed.words.length > 0
        ? await this.score(parsed, manifest, isStale)
        : request.query.trim() === '' && hasFilters(request)
          ? allDocs(manifest)
          : NOTHING;

    const facetsOf = await this.facetsOf(scored.docIds, manifest);
    if (isStale()) return { hits: [], facets: { author: [], source: [], topic: [], year: [] }, parsed: echo };
    const selections = FACET_NAMES.map((name) => this.selection(request, manifest, name));
    const { facets, shown } = filterAndCount(scored.docIds, facetsOf, selections, manifest);

    // Scores are compared as shown, to three places, so that ties fall to the newer article (the lower id).
    const thousandths = (docId: number) => Math.round(scored.scores[docId]! * 1000);
    const ordered = inDisplayOrder(
      shown,
      request.sort === 'date' ? (docId) => manifest.days[docId]! : thousandths,
      manifest.docCount,
    );
    const hits: SearchHit[] = ordered.map((docId) => new Hit(docId, thousandths(docId) / 1000, scored.matchedTerms));
    return { hits, facets, parsed: echo };
  }

  async summaries(docIds: readonly number[]): Promise<DocSummary[]> {
    const manifest = await this.manifest();
    return Promise.all(
      docIds.map(
        async (docId) =>
          (await this.docChunk(Math.floor(docId / manifest.docChunkSize)))[docId % manifest.docChunkSize]!,
      ),
    );
  }

  /**
   * Fetches, one at a time, the summaries of the newest PREFETCHED_SUMMARIES documents not yet loaded. A result list
   * of common words spans many chunks; once they are here, such lists render without waiting on the network. Past
   * that many, a reader would download megabytes (3.6 MB gzipped at 100,000 articles) for lists nobody asked for.
   */
  async prefetchSummaries(): Promise<void> {
    const manifest = await this.manifest();
    const chunkCount = Math.ceil(Math.min(manifest.docCount, PREFETCHED_SUMMARIES) / manifest.docChunkSize);
    for (let index = 0; index < chunkCount; index += 1) await this.docChunk(index, true).catch(() => undefined);
  }

  private docChunk(index: number, background = false): Promise<DocChunk> {
    return this.loaded(`docs/${index}.json`, (raw) => raw as DocChunk, background);
  }

  /** Loads an index file once, kept as `read` makes it; a failed fetch is forgotten, so the next search asks again. */
  private loaded<T>(path: string, read: (raw: unknown) => T, background = false): Promise<T> {
    let file = this.files.get(path) as Promise<T> | undefined;
    if (!file) {
      file = this.source.file(path, background).then(read);
      file.catch(() => this.files.delete(path));
      this.files.set(path, file);
    }
    return file;
  }

  private lexicon(index: number): Promise<Lexicon> {
    return this.loaded(`lexicon/${index}.json`, (raw) => {
      const shard = raw as LexiconShard;
      return {
        terms: shard.map(([term]) => term),
        entries: new Map(
          shard.map(([term, postings]) => [term, typeof postings === 'number' ? postings : decodePostings(postings)]),
        ),
      };
    });
  }

  private async lexiconEntry(term: string): Promise<PostingList | number | undefined> {
    const manifest = await this.manifest();
    return (await this.lexicon(lexiconShardOf(manifest.lexicon, term))).entries.get(term);
  }

  /** The vocabulary as the term matcher reads it, a lexicon shard or a typo bucket at a time. */
  private vocabularyReader(): VocabularyReader {
    return {
      has: async (term) => (await this.lexiconEntry(term)) !== undefined,
      withPrefix: async (prefix) => {
        const { lexicon } = await this.manifest();
        // Every term with the prefix sorts at or after it and before the prefix followed by the last code unit.
        const first = lexiconShardOf(lexicon, prefix);
        const last = lexiconShardOf(lexicon, `${prefix}\uffff`);
        const shards = await Promise.all(
          Array.from({ length: last - first + 1 }, (_, offset) => this.lexicon(first + offset)),
        );
        return shards.flatMap((shard) => termsWithPrefix(shard.terms, prefix));
      },
      typoBucket: async (bucket) => {
        const { typoBuckets } = await this.manifest();
        if (!typoBuckets[typoBucketGroup(bucket.length, bucket.end)]?.includes(bucket.letter)) return [];
        return this.loaded(`typos/${typoBucketKey(bucket)}.json`, (raw) => raw as string[]);
      },
    };
  }

  /** The facets of each document given, from the facet chunks that hold them. */
  private async facetsOf(docIds: readonly number[], manifest: SearchManifest): Promise<(docId: number) => DocFacets> {
    const size = manifest.facetChunkSize;
    const chunks = [...new Set(docIds.map((docId) => Math.floor(docId / size)))];
    const loaded = new Map(
      await Promise.all(
        chunks.map(
          async (index) => [index, await this.loaded(`facets/${index}.json`, (raw) => raw as DocFacets[])] as const,
        ),
      ),
    );
    return (docId) => loaded.get(Math.floor(docId / size))![docId % size]!;
  }

  text(docId: number): Promise<DocText> {
    return this.source.text(docId);
  }

  /**
   * Every word must match, through any of the terms it stands for: each word scores a document by its best term
   * there, and a document's score is the sum over the words. Scores live in arrays indexed by document, so a
   * word found in most of the collection costs one pass over its postings.
   */
  private async score(parsed: ParsedQuery, manifest: SearchManifest, isStale: () => boolean): Promise<Scored> {
    const lastWord = parsed.words.at(-1);
    const expansions = await Promise.all(
      parsed.words.map((word) => this.matcher.match(word, parsed.lastWordIsPrefix && word === lastWord)),
    );
    if (expansions.some((matches) => matches.length === 0) || isStale()) return NOTHING;

    const pairs = parsed.phrases.flatMap(adjacentPairs);
    const excludedPairs = parsed.excludedPhrases.map(adjacentPairs);
    const postings = await this.postings(
      [...expansions.flat().map(({ term }) => term), ...pairs, ...parsed.excluded, ...excludedPairs.flat()],
      manifest,
    );
    const frequency = (term: string) => postings.get(term)!.docIds.length;
    const idf = (term: string) => Math.log(1 + (manifest.docCount - frequency(term) + 0.5) / (frequency(term) + 0.5));

    // Each word keeps the terms it may stand for, with the weight each earns.
    const weighted = expansions.map((matches) => {
      // A rarer neighbour ("rebel" for "rebels") must not outrank the word itself through its higher idf.
      const exact = matches.find(({ kind }) => kind === 'exact');
      const idfCeiling = exact ? idf(exact.term) : Infinity;
      const exactFrequency = exact ? frequency(exact.term) : Infinity;
      // A variant spelling ("Tias" beside "Tyas") is no commoner than the word typed; a commoner neighbour is
      // another word ("while" beside "white") and would only add noise.
      return matches
        .filter(({ term, kind }) => kind !== 'typo' || frequency(term) <= exactFrequency)
        .map(({ term, kind }) => ({ term, factor: Math.min(idf(term), idfCeiling) * MATCH_FACTORS[kind] }));
    });

    const scores = new Float64Array(manifest.docCount);
    let docIds: number[] | undefined;
    for (const terms of weighted) {
      const best = new Float64Array(manifest.docCount);
      const found: number[] = [];
      for (const { term, factor } of terms) {
        const list = postings.get(term)!;
        for (let index = 0; index < list.docIds.length; index += 1) {
          const docId = list.docIds[index]!;
          const weight = (list.weights[index]! / 100) * factor;
          if (best[docId] === 0) found.push(docId);
          if (weight > best[docId]!) best[docId] = weight;
        }
      }
      docIds = (docIds ?? found).filter((docId) => best[docId]! > 0);
      for (const docId of docIds) scores[docId]! += best[docId]!;
      if (docIds.length === 0) return NOTHING;
    }

    const containingAll = (phrasePairs: readonly string[]) => {
      const wanted = [...new Set(phrasePairs)];
      const counts = new Uint8Array(manifest.docCount);
      for (const pair of wanted) for (const docId of postings.get(pair)!.docIds) counts[docId]! += 1;
      return (docId: number) => counts[docId] === wanted.length;
    };
    for (const phrase of parsed.phrases) {
      const hasPhrase = containingAll(adjacentPairs(phrase));
      docIds = docIds!.filter(hasPhrase);
      for (const docId of docIds) scores[docId]! *= PHRASE_BONUS;
    }
    const excluded = new Uint8Array(manifest.docCount);
    for (const word of parsed.excluded) for (const docId of postings.get(word)!.docIds) excluded[docId] = 1;
    const excludedPhrases = excludedPairs.map(containingAll);
    docIds = docIds!.filter((docId) => excluded[docId] === 0 && !excludedPhrases.some((hasPhrase) => hasPhrase(docId)));

    const scoringTerms = [...new Set(weighted.flat().map(({ term }) => term))];
    return {
      docIds,
      scores,
      // Asked only for the results on screen: which of the query's terms each one contains, for its snippets.
      matchedTerms: (docId) => scoringTerms.filter((term) => contains(postings.get(term)!.docIds, docId)),
    };
  }

  private async postings(terms: readonly string[], manifest: SearchManifest): Promise<Map<string, PostingList>> {
    const wanted = [...new Set(terms)];
    const lists = await Promise.all(wanted.map((term) => this.postingsOf(term, manifest)));
    return new Map(wanted.map((term, index) => [term, lists[index] ?? NO_POSTINGS]));
  }

  /** A rare word's postings come with its lexicon entry; others from their shard. A word not in the vocabulary has none. */
  private async postingsOf(term: string, manifest: SearchManifest): Promise<PostingList | undefined> {
    if (term.includes(' ')) {
      const shard = await this.postingShard(`pairs/${shardOf(term, manifest.pairShardCount)}.json`);
      return shard.get(term);
    }
    const entry = await this.lexiconEntry(term);
    if (typeof entry !== 'number') return entry;
    return (await this.postingShard(`shards/${entry}.json`)).get(term);
  }

  private postingShard(path: string): Promise<Map<string, PostingList>> {
    return this.loaded(
      path,
      (raw) => new Map(Object.entries(raw as PostingShard).map(([term, flat]) => [term, decodePostings(flat)])),
    );
  }

  /** The indexes of the values a request selects for one facet. */
  private selection(request: SearchRequest, manifest: SearchManifest, name: FacetName): Set<number> {
    const values = facetList(manifest, name);
    return new Set(
      request.filters[name].map((key) => values.findIndex((value) => value.key === key)).filter((index) => index >= 0),
    );
  }
}

/** The documents a query matched, their scores (indexed by document id), and the terms each contains. */
interface Scored {
  docIds: number[];
  scores: Float64Array;
  matchedTerms(docId: number): string[];
}

const NOTHING: Scored = { docIds: [], scores: new Float64Array(0), matchedTerms: () => [] };

/** A result; the terms it matched are worked out only when asked, since only the results on screen need them. */
class Hit implements SearchHit {
  constructor(
    readonly docId: number,
    readonly score: number,
    private readonly termsOf: (docId: number) => string[],
  ) {}

  get matchedTerms(): string[] {
    return this.termsOf(this.docId);
  }
}

/**
 * One pass over the matches, the commonest words' all hundred thousand of them: the matches every selection lets
 * through, and the facets' counts, where a document counts towards a facet when it passes every other facet's
 * selection. `selections` follow FACET_NAMES, as do the bits of `failed`: author, source, topic, year.
 */
function filterAndCount(
  docIds: readonly number[],
  facetsOf: (docId: number) => DocFacets,
  selections: readonly Set<number>[],
  manifest: SearchManifest,
): { facets: SearchResponse['facets']; shown: number[] } {
  const counts = FACET_NAMES.map((name) => new Array<number>(facetList(manifest, name).length).fill(0));
  const [authorCounts, sourceCounts, topicCounts, yearCounts] = counts as [number[], number[], number[], number[]];
  const anySelected = selections.some((selected) => selected.size > 0);
  const shown: number[] = [];
  for (const docId of docIds) {
    const row = facetsOf(docId);
    let failed = 0;
    if (anySelected)
      FACET_NAMES.forEach((name, bit) => {
        const selected = selections[bit]!;
        if (selected.size > 0 && !facetValues(row, name).some((value) => selected.has(value))) failed |= 1 << bit;
      });
    const [year, outlet, authors, topics] = row;
    if ((failed & ~0b0001) === 0) for (const author of authors) authorCounts[author]! += 1;
    if ((failed & ~0b0010) === 0 && outlet >= 0) sourceCounts[outlet]! += 1;
    if ((failed & ~0b0100) === 0) for (const topic of topics) topicCounts[topic]! += 1;
    if ((failed & ~0b1000) === 0) yearCounts[year]! += 1;
    if (failed === 0) shown.push(docId);
  }
  const facets = Object.fromEntries(
    FACET_NAMES.map((name, bit) => [
      name,
      facetList(manifest, name)
        .map((value, index) => ({ ...value, count: counts[bit]![index]!, selected: selections[bit]!.has(index) }))
        .filter((value) => value.count > 0 || value.selected),
    ]),
  ) as SearchResponse['facets'];
  return { facets, shown };
}

/** Orders documents by a rank, highest first, then by id (the newer article). */
function inDisplayOrder(docIds: readonly number[], rank: (docId: number) => number, docCount: number): number[] {
  const ranks = new Float64Array(docCount);
  for (const docId of docIds) ranks[docId] = rank(docId);
  return [...docIds].sort((a, b) => ranks[b]! - ranks[a]! || a - b);
}

/** Binary search in ascending document ids. */
function contains(docIds: Int32Array, docId: number): boolean {
  let low = 0;
  let high = docIds.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (docIds[middle]! < docId) low = middle + 1;
    else high = middle;
  }
  return docIds[low] === docId;
}

function adjacentPairs(phrase: readonly string[]): string[] {
  return phrase.slice(1).map((word, index) => pairKey(phrase[index]!, word));
}

function hasFilters(request: SearchRequest): boolean {
  return Object.values(request.filters).some((values) => values.length > 0);
}

/** With filters and no words, the search lists every article those filters allow, newest first. */
function allDocs(manifest: SearchManifest): Scored {
  return {
    docIds: Array.from({ length: manifest.docCount }, (_, docId) => docId),
    scores: new Float64Array(manifest.docCount),
    matchedTerms: () => [],
  };
}

function facetList(manifest: SearchManifest, name: FacetName) {
  return {
    author: manifest.facets.authors,
    source: manifest.facets.outlets,
    topic: manifest.facets.topics,
    year: manifest.facets.years,
  }[name];
}

function facetValues([year, outlet, authors, topics]: DocFacets, name: FacetName): number[] {
  switch (name) {
    case 'year':
      return [year];
    case 'source':
      return outlet >= 0 ? [outlet] : [];
    case 'author':
      return authors;
    case 'topic':
      return topics;
  }
}
