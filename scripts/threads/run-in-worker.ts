// Jobs in worker threads: the module `entry` answers them with answerJobs (answer-jobs.ts).
// A worker can be started before its job exists, so that its code loads while the job is
// still being prepared; it ends after its answer, or when cancelled.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundled, bundledAlready } from '../launch/bundle-sources.mjs';

export type Reply<R> = { ok: true; result: R } | { ok: false; error: string };

export interface StartedWorker<J, R> {
  run(job: J): Promise<R>;
  cancel(): void;
}

export function startWorker<J, R>(entry: URL, what: string): StartedWorker<J, R> {
  let failure: Error | null = null;
  let settle: ((reply: Reply<R> | Error) => void) | null = null;
  let worker: Worker | null = null;
  let queued: { job: J } | null = null;
  const end = (outcome: Reply<R> | Error) => {
    if (settle) settle(outcome);
    else failure ??= outcome instanceof Error ? outcome : new Error(`${what} worker answered before it was asked`);
    settle = null;
    void worker?.terminate();
  };
  const attach = (started: Worker) => {
    worker = started;
    if (failure) return void worker.terminate();
    worker.once('message', (reply: Reply<R>) => end(reply));
    worker.once('error', (e) => end(e));
    worker.once('exit', (code) => end(new Error(`${what} worker exited with code ${code} before answering`)));
    if (queued) worker.postMessage(queued.job);
    queued = null;
  };
  const source = sourceOf(entry);
  const now = source && bundledAlready(source);
  if (now) attach(bundledWorker(now));
  else threadFor(entry).then(attach, (e: Error) => end(e));
  return {
    run(job) {
      return new Promise<R>((resolve, reject) => {
        if (failure) return reject(failure);
        settle = (outcome) => {
          if (outcome instanceof Error) reject(outcome);
          else if (outcome.ok) resolve(outcome.result);
          else reject(new Error(`${what} worker failed: ${outcome.error}`));
        };
        if (worker) worker.postMessage(job);
        else queued = { job };
      });
    },
    cancel() {
      settle = null;
      failure ??= new Error(`${what} worker cancelled`);
      void worker?.terminate();
    },
  };
}

/** Bundles a worker's sources ahead of startWorker, which can then start it at once: the
 *  bundle arrives through the event loop, which a long synchronous step may hold up. */
export function prepareWorker(entry: URL): void {
  const source = sourceOf(entry);
  if (source) bundled(source).catch(() => {}); // startWorker falls back then
}

/** A thread running `entry`. TypeScript sources are bundled first (a worker does not inherit
 *  its parent's loader, and one bundled file loads much faster than the sources through tsx);
 *  if that fails, boot.mjs registers tsx's loader in the worker and imports the sources. */
async function threadFor(entry: URL): Promise<Worker> {
  const source = sourceOf(entry);
  if (!source) return new Worker(entry);
  try {
    return bundledWorker(await bundled(source));
  } catch {
    return new Worker(new URL('./boot.mjs', import.meta.url), { workerData: { entry: entry.href } });
  }
}

/** The path of a TypeScript entry (run bundled), or null for one Node runs as it is. */
function sourceOf(entry: URL): string | null {
  return entry.pathname.endsWith('.ts') ? fileURLToPath(entry) : null;
}

/** A thread running a bundle, its errors' stacks pointing into the sources. */
function bundledWorker(file: string): Worker {
  return new Worker(file, { execArgv: [...process.execArgv, '--enable-source-maps'] });
}
