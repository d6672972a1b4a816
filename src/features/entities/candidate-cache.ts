import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import nlp from 'compromise';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';
import { sha256Hex } from '../../shared/digest';
import { ENTITY_KINDS } from './schema';
import type { Candidate } from './extract';
import { extractInParallel } from './extract-in-parallel';

/**
 * What the name finder found in each article, kept between runs so that `npm run entities` after an ingest reads
 * only the new and changed articles. An article is known by the checksum of its paragraphs' text, so an edit is
 * always read again; the whole cache is set aside when the finder changes (its code, or compromise's version), so it
 * can never give other names than a full run. It is a cache, not content: deleting it only makes the next run slow.
 */
export const CANDIDATE_CACHE_FILE = 'node_modules/.cache/archive-entities/candidates.json';

/** The finder's own source, whose change makes every cached answer stale. */
const FINDER_SOURCES = ['./extract.ts', '../../shared/person-names.ts'];

/** Each name once per article, with how often the finder reported it: [kind, spelling, times]. */
const cachedCandidatesSchema = z.array(z.tuple([z.enum(ENTITY_KINDS), z.string(), z.number().int().positive()]));
const cacheFileSchema = z.object({ finder: z.string(), articles: z.record(z.string(), cachedCandidatesSchema) });
type CachedCandidates = z.infer<typeof cachedCandidatesSchema>;

export function finderFingerprint(): string {
  const sources = FINDER_SOURCES.map((path) => readFileSync(new URL(path, import.meta.url), 'utf8'));
  return sha256Hex(new TextEncoder().encode(JSON.stringify([nlp.version, ...sources])));
}

const articleKey = (paragraphs: readonly string[]) => sha256Hex(new TextEncoder().encode(JSON.stringify(paragraphs)));

/** First appearance order is kept, and with it the order in which the collection first meets each spelling. */
function compact(candidates: readonly Candidate[]): CachedCandidates {
  const counts = new Map<string, [Candidate['kind'], string, number]>();
  for (const { kind, text } of candidates) {
    const key = `${kind}\u0000${text}`;
    const entry = counts.get(key);
    if (entry) entry[2] += 1;
    else counts.set(key, [kind, text, 1]);
  }
  return [...counts.values()];
}

const expand = (cached: CachedCandidates): Candidate[] =>
  cached.flatMap(([kind, text, times]) => Array.from({ length: times }, () => ({ kind, text })));

function readCache(file: string, finder: string): Map<string, CachedCandidates> {
  if (!existsSync(file)) return new Map();
  try {
    const cache = cacheFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    return cache.finder === finder ? new Map(Object.entries(cache.articles)) : new Map();
  } catch {
    // A damaged cache is only a slower run.
    return new Map();
  }
}

export interface FoundCandidates {
  /** Per article, in the articles' order. */
  candidates: Candidate[][];
  /** How many articles the finder had to read; the others came from the cache. */
  read: number;
}

/**
 * The candidates of every article: from the cache where its text is unchanged (unless `reuse` is false), from the
 * finder otherwise. The cache is then written again with the present articles only, so it never grows with
 * articles since removed.
 */
export async function findCandidates(
  articles: readonly (readonly string[])[],
  options: { cacheFile?: string; reuse?: boolean; threads?: number } = {},
): Promise<FoundCandidates> {
  const finder = finderFingerprint();
  const keys = articles.map(articleKey);
  const cached =
    options.cacheFile && options.reuse !== false
      ? readCache(options.cacheFile, finder)
      : new Map<string, CachedCandidates>();
  const missing = [...new Set(keys.filter((key) => !cached.has(key)))];
  const paragraphsOf = new Map(keys.map((key, index) => [key, articles[index]!]));
  const found = await extractInParallel(
    missing.map((key) => paragraphsOf.get(key)!),
    options.threads,
  );
  missing.forEach((key, index) => cached.set(key, compact(found[index]!)));
  if (options.cacheFile) {
    const present = Object.fromEntries(keys.map((key) => [key, cached.get(key)!]));
    await mkdir(dirname(options.cacheFile), { recursive: true });
    await writeFileAtomic(options.cacheFile, JSON.stringify({ finder, articles: present }));
  }
  return { candidates: keys.map((key) => expand(cached.get(key)!)), read: missing.length };
}
