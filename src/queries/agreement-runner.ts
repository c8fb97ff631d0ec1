// Runs the bootstrap intervals of a window's matrix inline for small rooms and in a Web
// Worker for large ones, so a 193-delegation bootstrap never blocks the page. The point
// estimates are cheap and computed where they are needed (use-analysis.ts).
import { bootstrapIntervals, type IntervalColumns } from '../analysis/matrix-intervals';
import type { WindowPositions } from '../analysis/window-positions';
import type { Issue } from '../shared/dataset-schema';
import { afterNextPaint } from '../app/after-next-paint';

/** Above this many positioned delegations the bootstrap runs off the main thread. */
export const WORKER_THRESHOLD = 60;

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (m: IntervalColumns) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('./agreement.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = (e: MessageEvent<{ id: number; intervals?: IntervalColumns; error?: string }>) => {
    const job = pending.get(e.data.id);
    pending.delete(e.data.id);
    if (!job) return;
    if (e.data.intervals) job.resolve(e.data.intervals);
    else job.reject(new Error(e.data.error ?? 'agreement worker failed'));
  };
  return worker;
}

/** The bootstrap intervals of every pair of the window's matrix (matrix-intervals.ts). */
export function computeIntervals(positions: WindowPositions, issues: readonly Issue[]): Promise<IntervalColumns> {
  const w = positions.actors.length > WORKER_THRESHOLD ? getWorker() : null;
  if (!w) {
    try {
      return Promise.resolve(bootstrapIntervals(positions, issues));
    } catch (e) {
      return Promise.reject(e as Error);
    }
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    // Posting copies the window's positions (tens of ms for 193 delegations): after the
    // next paint, so the point estimates asked for at the same time are drawn first.
    afterNextPaint(() => w.postMessage({ id, positions, issues }));
  });
}

