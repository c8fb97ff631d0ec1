// Web Worker: the pairwise agreement matrix of one window, off the main thread.
import { agreementMatrix } from '../analysis/agreement-matrix';
import type { WindowPositions } from '../analysis/window-positions';
import type { Issue } from '../shared/dataset-schema';

self.onmessage = (e: MessageEvent<{ id: number; positions: WindowPositions; issues: Issue[] }>) => {
  const { id, positions, issues } = e.data;
  try {
    (self as unknown as Worker).postMessage({ id, matrix: agreementMatrix(positions, issues) });
  } catch (err) {
    (self as unknown as Worker).postMessage({ id, error: (err as Error).message });
  }
};
