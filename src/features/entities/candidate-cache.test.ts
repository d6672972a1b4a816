import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findCandidates, finderFingerprint } from './candidate-cache';
import { extractCandidates } from './extract';

let dir: string;
let cacheFile: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'candidate-cache-'));
  cacheFile = join(dir, 'cache', 'candidates.json');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const articles = [
  ['Samantha Power spoke in Geneva. Power said Geneva was calm.'],
  ['John Kerry met Sergei Lavrov in Lausanne.', 'Kerry flew back to Washington.'],
  ['Fighters left Aleppo for Idlib, and Aleppo was quiet.'],
];
const fromTheFinder = articles.map((paragraphs) => extractCandidates(paragraphs));
/** The finder's candidates as a multiset per article: the cache keeps counts, not the order of repeats. */
const tally = (lists: readonly { kind: string; text: string }[][]) =>
  lists.map((list) => list.map(({ kind, text }) => `${kind}:${text}`).sort());

describe('findCandidates', () => {
  it('gives what the finder gives, and on the next run reads no unchanged article', async () => {
    const first = await findCandidates(articles, { cacheFile, threads: 1 });
    expect(first.read).toBe(3);
    expect(tally(first.candidates)).toEqual(tally(fromTheFinder));
    const second = await findCandidates(articles, { cacheFile, threads: 1 });
    expect(second.read).toBe(0);
    expect(second.candidates).toEqual(first.candidates);
  });

  it('reads an edited or new article again, and forgets removed ones', async () => {
    await findCandidates(articles, { cacheFile, threads: 1 });
    const edited = [articles[0]!, ['John Kerry met Sergei Lavrov in Vienna.'], ['Bana Alabed wrote from Aleppo.']];
    const run = await findCandidates(edited, { cacheFile, threads: 1 });
    expect(run.read).toBe(2);
    expect(run.candidates[1]!.map((candidate) => candidate.text)).toContain('Vienna');
    const kept = JSON.parse(await readFile(cacheFile, 'utf8')) as { articles: object };
    expect(Object.keys(kept.articles)).toHaveLength(3);
  });

  it('sets the cache aside when the finder has changed, or when it is damaged, or when told not to reuse it', async () => {
    await findCandidates(articles, { cacheFile, threads: 1 });
    const cache = JSON.parse(await readFile(cacheFile, 'utf8')) as { finder: string };
    expect(cache.finder).toBe(finderFingerprint());
    await writeFile(cacheFile, JSON.stringify({ ...cache, finder: 'an older finder' }));
    expect((await findCandidates(articles, { cacheFile, threads: 1 })).read).toBe(3);
    await writeFile(cacheFile, '{"finder": ');
    expect((await findCandidates(articles, { cacheFile, threads: 1 })).read).toBe(3);
    expect((await findCandidates(articles, { cacheFile, reuse: false, threads: 1 })).read).toBe(3);
  });
});
