import { parentPort } from 'node:worker_threads';
import { TaskRunner, type Request } from './capture-job';
import type { Response } from './conversion-pool';

/** A thread of the conversion pool: it answers each request in the order sent. */
const runner = new TaskRunner();

parentPort!.on('message', ({ id, ...request }: Request & { id: number }) => {
  let response: Response;
  try {
    response = { id, output: runner.run(request as Request) };
  } catch (error) {
    response = { id, error: (error as Error).stack ?? String(error) };
  }
  parentPort!.postMessage(response);
});
