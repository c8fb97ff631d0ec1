// Web Worker: pair trends and map trajectories for the convergence view, off the main thread.
import { runTrajectoriesJob, runTrendsJob, type TrajectoriesJob, type TrendsJob } from './convergence-jobs';

self.onmessage = (e: MessageEvent<{ id: number; job: TrendsJob | TrajectoriesJob }>) => {
  const { id, job } = e.data;
  try {
    const result = job.kind === 'trends' ? runTrendsJob(job) : runTrajectoriesJob(job);
    (self as unknown as Worker).postMessage({ id, result });
  } catch (err) {
    (self as unknown as Worker).postMessage({ id, error: (err as Error).message });
  }
};
