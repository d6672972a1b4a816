import { parentPort, type Worker } from 'node:worker_threads';

/**
 * Requests to a worker thread and their answers, matched by id. The ingest's conversion pool and the site's
 * Markdown render threads both talk to their workers this way.
 */

type Reply = { id: number; output: unknown } | { id: number; error: { message: string; stack?: string } };
const READY = 'ready';

/** The worker's side: answers each request with what `handle` gives, as each finishes, once its setup is done. */
export function answerRequests<Request>(handle: (request: Request) => unknown): void {
  parentPort!.on('message', async ({ id, request }: { id: number; request: Request }) => {
    let reply: Reply;
    try {
      reply = { id, output: await handle(request) };
    } catch (error) {
      reply = { id, error: { message: (error as Error).message ?? String(error), stack: (error as Error).stack } };
    }
    parentPort!.postMessage(reply);
  });
  parentPort!.postMessage(READY);
}

/** The worker stopped, or the request could not be sent to it: nothing was done, so it may be done elsewhere. */
export class WorkerUnavailable extends Error {}

/**
 * The calling side. The worker keeps the process alive only while it owes an answer, so an idle one never holds
 * up a finished run; once it stops, every request fails at once with WorkerUnavailable rather than wait.
 */
export class WorkerRequests {
  /** The worker has loaded and answers requests; ones sent before wait in its queue. */
  ready = false;
  failure: WorkerUnavailable | undefined;
  private readonly waiting = new Map<number, { resolve: (output: unknown) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  constructor(
    private readonly worker: Worker,
    private readonly name: string,
  ) {
    worker.unref();
    worker.on('message', (message: Reply | typeof READY) => this.receive(message));
    worker.on('error', (error) => this.fail(`${name} failed: ${error.message}`));
    worker.on('exit', (code) => this.fail(`${name} stopped (exit ${code})`));
  }

  /** Requests sent and not yet answered. */
  get pending(): number {
    return this.waiting.size;
  }

  request(request: unknown): Promise<unknown> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      try {
        this.worker.postMessage({ id, request });
      } catch (error) {
        reject(new WorkerUnavailable(`${this.name}: the request cannot be sent (${(error as Error).message})`));
        return;
      }
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(id, { resolve, reject });
    });
  }

  async close(): Promise<void> {
    this.failure ??= new WorkerUnavailable(`${this.name} closed`);
    await this.worker.terminate();
  }

  private receive(message: Reply | typeof READY): void {
    if (message === READY) {
      this.ready = true;
      return;
    }
    const waiting = this.waiting.get(message.id);
    this.waiting.delete(message.id);
    if (this.waiting.size === 0) this.worker.unref();
    if ('error' in message) {
      const error = new Error(`${this.name}: ${message.error.message}`);
      if (message.error.stack) error.stack = message.error.stack;
      waiting?.reject(error);
    } else {
      waiting?.resolve(message.output);
    }
  }

  private fail(reason: string): void {
    this.failure ??= new WorkerUnavailable(reason);
    for (const waiting of this.waiting.values()) waiting.reject(this.failure);
    this.waiting.clear();
  }
}
