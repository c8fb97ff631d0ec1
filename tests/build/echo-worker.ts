// A worker for run-in-worker.test.ts: answers with its job doubled, or throws when asked to.
import { answerJobs } from '../../scripts/threads/answer-jobs';

answerJobs<{ n: number; fail?: boolean }, number>((job) => {
  if (job.fail) throw new Error(`cannot take ${job.n}`);
  return job.n * 2;
});
