// Jobs in worker threads: the module `entry` answers them with answerJobs (answer-jobs.ts).
// A worker can be started before its job exists, so that its code loads while the job is
// still being prepared; it ends after its answer, or when cancelled.
import { Worker } from 'node:worker_threads';

export type Reply<R> = { ok: true; result: R } | { ok: false; error: string };

export interface StartedWorker<J, R> {
  run(job: J): Promise<R>;
  cancel(): void;
}

export function startWorker<J, R>(entry: URL, what: string): StartedWorker<J, R> {
  const worker = entry.pathname.endsWith('.ts')
    ? // From TypeScript sources through boot.mjs, which registers the loader first.
      new Worker(new URL('./boot.mjs', import.meta.url), { workerData: { entry: entry.href } })
    : new Worker(entry);
  let failure: Error | null = null;
  let settle: ((reply: Reply<R> | Error) => void) | null = null;
  const end = (outcome: Reply<R> | Error) => {
    if (settle) settle(outcome);
    else failure ??= outcome instanceof Error ? outcome : new Error(`${what} worker answered before it was asked`);
    settle = null;
    void worker.terminate();
  };
  worker.once('message', (reply: Reply<R>) => end(reply));
  worker.once('error', (e) => end(e));
  worker.once('exit', (code) => end(new Error(`${what} worker exited with code ${code} before answering`)));
  return {
    run(job) {
      return new Promise<R>((resolve, reject) => {
        if (failure) return reject(failure);
        settle = (outcome) => {
          if (outcome instanceof Error) reject(outcome);
          else if (outcome.ok) resolve(outcome.result);
          else reject(new Error(`${what} worker failed: ${outcome.error}`));
        };
        worker.postMessage(job);
      });
    },
    cancel() {
      settle = null;
      failure ??= new Error(`${what} worker cancelled`);
      void worker.terminate();
    },
  };
}
