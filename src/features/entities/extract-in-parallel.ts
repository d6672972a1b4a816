import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { extractCandidates, type Candidate } from './extract';

/** Below this many articles a worker's start-up (loading compromise) costs more than it saves. */
const ARTICLES_PER_WORKER_AT_LEAST = 50;

/**
 * The name finder over many articles, spread over worker threads: compromise's tagger is four fifths of a run and
 * uses one core, so a run on two cores takes about half the time. The answer is in the articles' order, as a single
 * thread gives it.
 */
export async function extractInParallel(
  articles: readonly (readonly string[])[],
  threads = availableParallelism(),
): Promise<Candidate[][]> {
  const workers = Math.min(threads, Math.floor(articles.length / ARTICLES_PER_WORKER_AT_LEAST));
  if (workers <= 1) return articles.map((paragraphs) => extractCandidates(paragraphs));
  const share = Math.ceil(articles.length / workers);
  const parts = Array.from({ length: workers }, (_, index) => articles.slice(index * share, (index + 1) * share));
  const answers = await Promise.all(parts.map(runWorker));
  return answers.flat();
}

/** The worker is TypeScript: under `tsx` it inherits the loader; under vitest, which loads none, it is given it. */
const execArgv = process.execArgv.some((argument) => argument.includes('tsx'))
  ? process.execArgv
  : [...process.execArgv, '--import', 'tsx'];

function runWorker(articles: readonly (readonly string[])[]): Promise<Candidate[][]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { workerData: articles, execArgv });
    worker.once('message', (candidates: Candidate[][]) => {
      resolve(candidates);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the name finder's worker stopped with exit code ${code}`));
    });
  });
}
