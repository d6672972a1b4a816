import { parentPort, workerData } from 'node:worker_threads';
import { extractCandidates } from './extract';

/** One worker of `extractInParallel`: the name finder over its share of the articles, in their order. */
const articles = workerData as readonly (readonly string[])[];
parentPort!.postMessage(articles.map((paragraphs) => extractCandidates(paragraphs)));
