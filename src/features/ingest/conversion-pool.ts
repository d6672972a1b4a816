import { startTypeScriptWorker } from '../../shared/typescript-worker';
import { WorkerRequests } from '../../shared/worker-requests';
import type { StoredArticle } from './article-store';
import type { JobContext, PreparedCapture, Request, TaskName, TaskRunner, Tasks } from './capture-job';
import { forEachInOrder } from './in-order';

interface Executor {
  /** Batches to keep queued on it, so a worker never waits for this thread to hand it the next one. */
  readonly queueDepth: number;
  run<Name extends TaskName>(task: Name, input: Tasks[Name]['input']): Promise<Tasks[Name]['output']>;
  close(): Promise<void>;
}

/**
 * Converts on several threads: this one and `threads - 1` workers, each loading the pipeline itself.
 * Batches go in file order to whichever thread is free, and results come back in file order, so the run's
 * outcome never depends on which thread was quicker.
 */
export class ConversionPool {
  private constructor(private readonly executors: Executor[]) {}

  static start(threads: number): ConversionPool {
    // Workers are started first, so they load the pipeline while this thread loads its own copy.
    const workers = Array.from({ length: Math.max(0, threads - 1) }, () => new WorkerExecutor());
    return new ConversionPool([new InProcessExecutor(), ...workers]);
  }

  /** Gives every thread the settings it converts with. */
  async configure(context: JobContext): Promise<void> {
    await Promise.all(this.executors.map((executor) => executor.run('configure', context)));
  }

  async readStored(contentRoot: string, names: string[]): Promise<StoredArticle[]> {
    const stored: StoredArticle[] = [];
    await forEachInOrder(
      names,
      128,
      this.lanes(),
      (executor, batch) => executor.run('readStored', { contentRoot, names: batch }),
      (article) => stored.push(article),
    );
    return stored;
  }

  /** Hands each capture's result to `take` in file order, as soon as every earlier capture's result is in. */
  prepare(files: string[], take: (prepared: PreparedCapture, index: number) => void): Promise<void> {
    return forEachInOrder(files, 16, this.lanes(), (executor, batch) => executor.run('prepare', batch), take);
  }

  async close(): Promise<void> {
    await Promise.all(this.executors.map((executor) => executor.close()));
  }

  /** Each executor is a lane as many times as it keeps batches queued. */
  private lanes(): Executor[] {
    return this.executors.flatMap((executor) => Array.from({ length: executor.queueDepth }, () => executor));
  }
}

/** This thread. It loads the pipeline on first use, and yields before each batch so worker results get read. */
class InProcessExecutor implements Executor {
  readonly queueDepth = 1;
  private readonly runner: Promise<TaskRunner> = import('./capture-job').then((job) => new job.TaskRunner());

  async run<Name extends TaskName>(task: Name, input: Tasks[Name]['input']): Promise<Tasks[Name]['output']> {
    const runner = await this.runner;
    await new Promise((resolve) => setImmediate(resolve));
    return runner.run({ task, input } as Request) as Tasks[Name]['output'];
  }

  async close(): Promise<void> {}
}

class WorkerExecutor implements Executor {
  /**
   * This thread converts a batch and writes every finished capture between handing out batches, which can take
   * longer than two of a worker's batches: with two queued a worker sat idle for 3% of a 10,000-capture run.
   */
  readonly queueDepth = 4;
  private readonly requests = new WorkerRequests(
    startTypeScriptWorker(new URL('./conversion-worker.ts', import.meta.url)),
    'conversion thread',
  );

  run<Name extends TaskName>(task: Name, input: Tasks[Name]['input']): Promise<Tasks[Name]['output']> {
    return this.requests.request({ task, input } as Request) as Promise<Tasks[Name]['output']>;
  }

  close(): Promise<void> {
    return this.requests.close();
  }
}
