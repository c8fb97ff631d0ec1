// A worker thread's side of run-in-worker.ts: each message is a job, each answer its result
// or the error it threw.
import { parentPort } from 'node:worker_threads';
import type { Reply } from './run-in-worker';

export function answerJobs<J, R>(handle: (job: J) => R): void {
  parentPort!.on('message', (job: J) => {
    let reply: Reply<R>;
    try {
      reply = { ok: true, result: handle(job) };
    } catch (e) {
      reply = { ok: false, error: (e as Error).stack ?? String(e) };
    }
    parentPort!.postMessage(reply);
  });
}
