import { parseQuery, type ParsedQuery } from './query';
import { decodePostings, pairKey, shardOf, wordShardAt, wordShardStarts } from './shards';
import { TermMatcher, type MatchKind } from './term-matcher';
import type {
  DocChunk,
  DocSummary,
  DocText,
  FacetCount,
  PostingShard,
  SearchHit,
  SearchManifest,
  SearchRequest,
  SearchResponse,
} from './types';

/** Where the engine gets the served index files: fetch in the browser, the file system in tests. */
export interface IndexSource {
  manifest(): Promise<SearchManifest>;
  wordShard(index: number): Promise<PostingShard>;
  pairShard(index: number): Promise<PostingShard>;
  docChunk(index: number): Promise<DocChunk>;
  text(docId: number): Promise<DocText>;
}

/** An exact word counts fully; a word completed from a prefix, or one typo away, ranks below it. */
const MATCH_FACTORS: Record<MatchKind, number> = { exact: 1, prefix: 0.6, typo: 0.45 };
const PHRASE_BONUS = 1.5;

type FacetName = keyof SearchResponse['facets'];
const FACET_NAMES: FacetName[] = ['author', 'source', 'topic', 'year'];

export class SearchEngine {
  private matcher?: TermMatcher;
  private manifestData?: SearchManifest;
  private wordShardStarts: number[] = [];
  private readonly wordShardCache = new Map<number, Promise<Postings>>();
  private readonly pairShardCache = new Map<number, Promise<Postings>>();
  private readonly chunkCache = new Map<number, Promise<DocChunk>>();

  constructor(private readonly source: IndexSource) {}

  async manifest(): Promise<SearchManifest> {
    if (!this.manifestData) {
      const manifest = await this.source.manifest();
      this.matcher ??= new TermMatcher(manifest.vocabulary);
      this.wordShardStarts = wordShardStarts(manifest.wordShards);
      this.manifestData = manifest;
    }
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
          : new Map<number, Scored>();

    const selections = this.selections(request, manifest);
    const passes = (docId: number, except?: FacetName) =>
      FACET_NAMES.every(
        (name) =>
          name === except ||
          selections[name].size === 0 ||
          facetValues(manifest, docId, name).some((value) => selections[name].has(value)),
      );

    const facets = Object.fromEntries(
      FACET_NAMES.map((name) => [
        name,
        this.countFacet(
          name,
          [...scored.keys()].filter((docId) => passes(docId, name)),
          selections[name],
          manifest,
        ),
      ]),
    ) as SearchResponse['facets'];

    const hits: SearchHit[] = [...scored]
      .filter(([docId]) => passes(docId))
      .map(([docId, { score, matched }]) => ({
        docId,
        score: Math.round(score * 1000) / 1000,
        matchedTerms: [...matched],
      }));
    hits.sort(
      request.sort === 'date'
        ? (a, b) => manifest.days[b.docId]! - manifest.days[a.docId]! || a.docId - b.docId
        : (a, b) => b.score - a.score || a.docId - b.docId,
    );
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
   * Fetches, a few at a time, the summaries not yet loaded. A result list of common words spans many chunks;
   * once they are here, such lists render without waiting on the network.
   */
  async prefetchSummaries(concurrency = 2): Promise<void> {
    const manifest = await this.manifest();
    const chunkCount = Math.ceil(manifest.docCount / manifest.docChunkSize);
    let next = 0;
    const worker = async () => {
      while (next < chunkCount) await this.docChunk(next++).catch(() => undefined);
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
  }

  private docChunk(index: number): Promise<DocChunk> {
    let chunk = this.chunkCache.get(index);
    if (!chunk) {
      chunk = this.source.docChunk(index);
      // A failed fetch is forgotten, so the next search asks again.
      chunk.catch(() => this.chunkCache.delete(index));
      this.chunkCache.set(index, chunk);
    }
    return chunk;
  }

  text(docId: number): Promise<DocText> {
    return this.source.text(docId);
  }

  private async score(
    parsed: ParsedQuery,
    manifest: SearchManifest,
    isStale: () => boolean,
  ): Promise<Map<number, Scored>> {
    const matcher = this.matcher!;
    const lastWord = parsed.words.at(-1);
    const expansions = parsed.words.map((word) => matcher.match(word, parsed.lastWordIsPrefix && word === lastWord));
    if (expansions.some((matches) => matches.length === 0) || isStale()) return new Map();

    const pairs = parsed.phrases.flatMap(adjacentPairs);
    const excludedPairs = parsed.excludedPhrases.map(adjacentPairs);
    const postings = await this.postings(
      [...expansions.flat().map(({ term }) => term), ...pairs, ...parsed.excluded, ...excludedPairs.flat()],
      manifest,
    );
    const idf = (term: string) => {
      const frequency = postings.get(term)?.size ?? 0;
      return Math.log(1 + (manifest.docCount - frequency + 0.5) / (frequency + 0.5));
    };

    // Each word keeps the terms it may stand for, with the weight each earns.
    const weighted = expansions.map((matches) => {
      // A rarer neighbour ("rebel" for "rebels") must not outrank the word itself through its higher idf.
      const exact = matches.find(({ kind }) => kind === 'exact');
      const idfCeiling = exact ? idf(exact.term) : Infinity;
      const exactFrequency = exact ? (postings.get(exact.term)?.size ?? 0) : Infinity;
      // A variant spelling ("Tias" beside "Tyas") is no commoner than the word typed; a commoner neighbour is
      // another word ("while" beside "white") and would only add noise.
      return matches
        .filter(({ term, kind }) => kind !== 'typo' || (postings.get(term)?.size ?? 0) <= exactFrequency)
        .map(({ term, kind }) => ({ term, factor: Math.min(idf(term), idfCeiling) * MATCH_FACTORS[kind] }));
    });
    const frequency = (terms: { term: string }[]) =>
      terms.reduce((sum, { term }) => sum + (postings.get(term)?.size ?? 0), 0);
    // The rarest word goes first, so a common word is only looked up for the few articles still in the running.
    weighted.sort((a, b) => frequency(a) - frequency(b));

    let scored: Map<number, Scored> | undefined;
    for (const terms of weighted) {
      const next = new Map<number, Scored>();
      if (!scored) {
        for (const { term, factor } of terms) {
          for (const [docId, weight] of postings.get(term) ?? []) {
            const candidate = (weight / 100) * factor;
            const current = next.get(docId);
            if (!current) next.set(docId, { score: candidate, matched: new Set([term]) });
            else {
              current.score = Math.max(current.score, candidate);
              current.matched.add(term);
            }
          }
        }
      } else {
        for (const [docId, entry] of scored) {
          let best = 0;
          const matched: string[] = [];
          for (const { term, factor } of terms) {
            const weight = postings.get(term)?.get(docId);
            if (weight === undefined) continue;
            best = Math.max(best, (weight / 100) * factor);
            matched.push(term);
          }
          if (matched.length > 0)
            next.set(docId, { score: entry.score + best, matched: new Set([...entry.matched, ...matched]) });
        }
      }
      scored = next;
      if (scored.size === 0) return scored;
    }
    const result = scored ?? new Map<number, Scored>();

    for (const phrase of parsed.phrases) {
      const phrasePairs = adjacentPairs(phrase);
      for (const [docId, entry] of result) {
        if (phrasePairs.every((pair) => postings.get(pair)?.has(docId))) entry.score *= PHRASE_BONUS;
        else result.delete(docId);
      }
    }
    for (const word of parsed.excluded) for (const docId of postings.get(word)?.keys() ?? []) result.delete(docId);
    for (const phrasePairs of excludedPairs) {
      for (const docId of [...result.keys()]) {
        if (phrasePairs.every((pair) => postings.get(pair)?.has(docId))) result.delete(docId);
      }
    }
    return result;
  }

  private async postings(terms: readonly string[], manifest: SearchManifest): Promise<Map<string, PostingList>> {
    const wanted = [...new Set(terms)];
    const shards = await Promise.all(wanted.map((term) => this.shardFor(term, manifest)));
    return new Map(wanted.map((term, index) => [term, shards[index]?.get(term) ?? new Map()]));
  }

  /** The shard that would hold a term's postings; a word not in the vocabulary has none to fetch. */
  private shardFor(term: string, manifest: SearchManifest): Promise<Postings> | undefined {
    if (term.includes(' ')) {
      const index = shardOf(term, manifest.pairShardCount);
      return this.cachedShard(this.pairShardCache, index, () => this.source.pairShard(index));
    }
    const position = this.matcher!.positionOf(term);
    if (position < 0) return undefined;
    const index = wordShardAt(this.wordShardStarts, position);
    return this.cachedShard(this.wordShardCache, index, () => this.source.wordShard(index));
  }

  private cachedShard(cache: Map<number, Promise<Postings>>, index: number, load: () => Promise<PostingShard>) {
    let shard = cache.get(index);
    if (!shard) {
      shard = load().then((raw) => new Map(Object.entries(raw).map(([term, flat]) => [term, decodePostings(flat)])));
      // A failed fetch is forgotten, so the next search asks again.
      shard.catch(() => cache.delete(index));
      cache.set(index, shard);
    }
    return shard;
  }

  private selections(request: SearchRequest, manifest: SearchManifest): Record<FacetName, Set<number>> {
    const pick = (values: readonly { key: string }[], keys: readonly string[]) =>
      new Set(keys.map((key) => values.findIndex((value) => value.key === key)).filter((index) => index >= 0));
    return {
      author: pick(manifest.facets.authors, request.filters.author),
      source: pick(manifest.facets.outlets, request.filters.source),
      topic: pick(manifest.facets.topics, request.filters.topic),
      year: pick(manifest.facets.years, request.filters.year),
    };
  }

  private countFacet(
    name: FacetName,
    docIds: readonly number[],
    selected: Set<number>,
    manifest: SearchManifest,
  ): FacetCount[] {
    const values = facetList(manifest, name);
    const counts = new Array<number>(values.length).fill(0);
    for (const docId of docIds) for (const value of facetValues(manifest, docId, name)) counts[value]! += 1;
    return values
      .map((value, index) => ({ ...value, count: counts[index]!, selected: selected.has(index) }))
      .filter((value) => value.count > 0 || value.selected);
  }
}

/** Document id → weight. */
type PostingList = Map<number, number>;
/** Term → its postings, as one shard holds them. */
type Postings = Map<string, PostingList>;

interface Scored {
  score: number;
  matched: Set<string>;
}

function adjacentPairs(phrase: readonly string[]): string[] {
  return phrase.slice(1).map((word, index) => pairKey(phrase[index]!, word));
}

function hasFilters(request: SearchRequest): boolean {
  return Object.values(request.filters).some((values) => values.length > 0);
}

/** With filters and no words, the search lists every article those filters allow, newest first. */
function allDocs(manifest: SearchManifest): Map<number, Scored> {
  return new Map(
    Array.from({ length: manifest.docCount }, (_, docId) => [docId, { score: 0, matched: new Set<string>() }]),
  );
}

function facetList(manifest: SearchManifest, name: FacetName) {
  return {
    author: manifest.facets.authors,
    source: manifest.facets.outlets,
    topic: manifest.facets.topics,
    year: manifest.facets.years,
  }[name];
}

function facetValues(manifest: SearchManifest, docId: number, name: FacetName): number[] {
  const [year, outlet, authors, topics] = manifest.docFacets[docId]!;
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
