// Web Worker: the bootstrap intervals of one window's matrix, off the main thread; they go
// back as two transferred columns (matrix-intervals.ts), not as 18 000 cloned objects.
import { bootstrapIntervals } from '../analysis/matrix-intervals';
import type { WindowPositions } from '../analysis/window-positions';
import type { Issue } from '../shared/dataset-schema';

self.onmessage = (e: MessageEvent<{ id: number; positions: WindowPositions; issues: Issue[] }>) => {
  const { id, positions, issues } = e.data;
  try {
    const intervals = bootstrapIntervals(positions, issues);
    (self as unknown as Worker).postMessage({ id, intervals }, [intervals.low.buffer, intervals.high.buffer]);
  } catch (err) {
    (self as unknown as Worker).postMessage({ id, error: (err as Error).message });
  }
};
