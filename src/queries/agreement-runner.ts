// Runs the pairwise agreement matrix inline for small rooms and in a Web Worker for large
// ones, so a 193-delegation matrix never blocks the page.
import { agreementMatrix, type AgreementMatrix } from '../analysis/agreement-matrix';
import type { WindowPositions } from '../analysis/window-positions';
import type { Issue } from '../shared/dataset-schema';

/** Above this many positioned delegations the matrix is computed off the main thread. */
export const WORKER_THRESHOLD = 60;

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, { resolve: (m: AgreementMatrix) => void; reject: (e: Error) => void }>();

function getWorker(): Worker | null {
  if (worker) return worker;
  if (typeof Worker === 'undefined') return null;
  try {
    worker = new Worker(new URL('./agreement.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
  worker.onmessage = (e: MessageEvent<{ id: number; matrix?: AgreementMatrix; error?: string }>) => {
    const job = pending.get(e.data.id);
    pending.delete(e.data.id);
    if (!job) return;
    if (e.data.matrix) job.resolve(e.data.matrix);
    else job.reject(new Error(e.data.error ?? 'agreement worker failed'));
  };
  return worker;
}

export function computeMatrix(positions: WindowPositions, issues: readonly Issue[]): Promise<AgreementMatrix> {
  const w = positions.actors.length > WORKER_THRESHOLD ? getWorker() : null;
  if (!w) return Promise.resolve(agreementMatrix(positions, issues));
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    w.postMessage({ id, positions, issues });
  });
}
