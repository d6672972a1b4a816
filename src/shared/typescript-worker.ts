import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * A worker thread that runs a TypeScript module. It inherits tsx's loader when this process already runs under
 * tsx (`npm run ingest`), and is given it otherwise (`astro build`, vitest).
 */
export function startTypeScriptWorker(module: URL, options: Omit<WorkerOptions, 'execArgv'> = {}): Worker {
  const execArgv = process.execArgv.some((argument) => argument.includes('tsx'))
    ? process.execArgv
    : [...process.execArgv, '--import', 'tsx'];
  return new Worker(module, { ...options, execArgv });
}
