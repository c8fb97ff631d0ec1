// Runs the convergence view's heavy jobs inline for small rooms and in a Web Worker for
// large ones (pair trends for 193 delegations take over a second), as agreement-runner.ts
// does for the matrix.
import type { PairTrends } from '../analysis/pair-trends';
import { afterNextPaint } from '../app/after-next-paint';
import { WORKER_THRESHOLD } from './agreement-runner';
import {
  runTrajectoriesJob,
  runTrendsJob,
  type TrajectoriesJob,
  type TrajectoriesResult,
  type TrendsJob,
} from './convergence-jobs';

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('./convergence.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = (e: MessageEvent<{ id: number; result?: unknown; error?: string }>) => {
    const job = pending.get(e.data.id);
    pending.delete(e.data.id);
    if (!job) return;
    if (e.data.error === undefined) job.resolve(e.data.result);
    else job.reject(new Error(e.data.error));
  };
  return worker;
}

function post<R>(job: TrendsJob | TrajectoriesJob, large: boolean, inline: () => R): Promise<R> {
  const w = large ? getWorker() : null;
  if (!w) {
    try {
      return Promise.resolve(inline());
    } catch (e) {
      return Promise.reject(e as Error);
    }
  }
  const id = nextId++;
  return new Promise<R>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
    // Posting copies the job's inputs (the map's: every observation, tens of ms): after the
    // next paint, so the matrix that made these jobs start is on screen first.
    afterNextPaint(() => w.postMessage({ id, job }));
  });
}

export function computeTrends(job: TrendsJob): Promise<PairTrends> {
  const large = Math.max(job.before.actors.length, job.after.actors.length) > WORKER_THRESHOLD;
  return post(job, large, () => runTrendsJob(job));
}

export function computeTrajectories(job: TrajectoriesJob): Promise<TrajectoriesResult> {
  const actors = new Set(job.observations.map((o) => o.actor)).size;
  return post(job, actors > WORKER_THRESHOLD, () => runTrajectoriesJob(job));
}
