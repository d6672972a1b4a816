/**
 * One-off timing of version finding (src/features/versions/find-versions.ts) on a synthetic collection:
 * `npx tsx bench/measure-versions.ts [count] [words]` (defaults 10,000 articles of 800 words). One article in
 * twenty is a republication of another, a note added before it and about one word in forty changed, so the
 * confirming step has real work. Prints the time of each stage and of the whole, and checks the planted
 * versions were found.
 */
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { bodyWords, findVersionGroups, type VersionCandidate } from '../src/features/versions/find-versions';
import { lshBuckets, shingleHashes, signature } from '../src/features/versions/minhash';
import { intBetween, pick, streamFor } from './prng';

const count = Number(process.argv[2] ?? 10_000);
const wordsPerArticle = Number(process.argv[3] ?? 800);
const SEED = 2016;

// Zipf-like: common words far more often than rare ones, as in prose, so unrelated articles share many words.
const english = (createRequire(import.meta.url)('an-array-of-english-words') as string[]).filter(
  (word) => word.length > 2,
);
const vocabulary = english.slice(0, 20_000);
const random = streamFor(SEED, 'versions');
const zipfWord = () => vocabulary[Math.floor(vocabulary.length ** random()) - 1]!;

const articles: VersionCandidate[] = [];
const planted: [string, string][] = [];
for (let at = 0; at < count; at += 1) {
  const date = `2016-${String(intBetween(random, 1, 12)).padStart(2, '0')}-${String(intBetween(random, 1, 28)).padStart(2, '0')}`;
  if (at % 20 === 19) {
    const source = pick(random, articles.slice(0, at - 1));
    const words = source.text.split(' ').map((word) => (random() < 1 / 40 ? zipfWord() : word));
    const text = ['This article first appeared elsewhere.', words.join(' ')].join(' ');
    articles.push({ id: `article-${at}`, title: `Republished title ${at}`, text, date });
    planted.push([source.id, `article-${at}`]);
  } else {
    const text = Array.from({ length: wordsPerArticle }, zipfWord).join(' ');
    articles.push({ id: `article-${at}`, title: `Title ${at}`, text, date });
  }
}

const time = <T>(label: string, run: () => T): T => {
  const start = performance.now();
  const result = run();
  console.log(`${label}: ${((performance.now() - start) / 1000).toFixed(2)} s`);
  return result;
};

console.log(`${count.toLocaleString('en-GB')} articles of ${wordsPerArticle} words`);
// The stages one by one hold every text's words at once; past 20,000 articles only the whole run is timed.
if (count <= 20_000) {
  const words = time('normalised words', () => articles.map((article) => bodyWords(article.text)));
  const shingles = time('five-word shingles', () => words.map((list) => shingleHashes(list)));
  const signatures = time('MinHash signatures (128)', () => shingles.map((set) => signature(set)));
  time('LSH buckets (42 × 3)', () => {
    let pairs = 0;
    for (const bucket of lshBuckets(signatures)) pairs += (bucket.length * (bucket.length - 1)) / 2;
    console.log(`  candidate pairs (with repeats across bands): ${pairs.toLocaleString('en-GB')}`);
  });
}
const groups = time('findVersionGroups, end to end', () => findVersionGroups(articles));
const found = planted.filter(([original, copy]) => groups.get(original)?.includes(copy)).length;
const grouped = [...groups.values()].filter((others) => others.length > 0).length;
const involved = new Set(planted.flat()).size;
console.log(`planted versions found: ${found} of ${planted.length}`);
console.log(`articles in a group: ${grouped}, of which planted: ${involved} (more would be false matches)`);
console.log(`peak heap used: ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
