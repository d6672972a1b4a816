import { answerRequests } from '../../shared/worker-requests';
import { TaskRunner, type Request } from './capture-job';

/** A thread of the conversion pool. */
const runner = new TaskRunner();

answerRequests((request: Request) => runner.run(request));
