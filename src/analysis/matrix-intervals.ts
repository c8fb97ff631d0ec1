// A window's matrix in two steps: the point estimates of every pair at once (A, its Wilson
// interval, E, CA, n: a few milliseconds), then the bootstrap intervals of CA (200
// resamples per pair: most of the work), merged in when done. The merged matrix equals
// agreementMatrix(positions, issues) value for value.
//
// Numeric policy as in pair-kernel.ts. The intervals travel as two columns of doubles, one
// entry per pair in AgreementMatrix.pairs order, NaN where the interval is undefined (no
// defined resample, n = 0, CA undefined): a Web Worker hands them over without copying.
import type { Issue } from '../shared/dataset-schema';
import { agreementMatrix, type AgreementMatrix } from './agreement-matrix';
import type { BootstrapOptions } from './pair-kernel';
import { windowLabel } from './session-window';
import type { WindowPositions } from './window-positions';

export interface IntervalColumns {
  readonly low: Float64Array; // per pair: 2.5th percentile of CA, NaN when undefined
  readonly high: Float64Array; // per pair: 97.5th percentile of CA, NaN when undefined
}

/** The matrix without its bootstrap intervals, flagged intervalsPending. */
export function agreementEstimates(positions: WindowPositions, issues: readonly Issue[]): AgreementMatrix {
  return { ...agreementMatrix(positions, issues, { resamples: 0 }), intervalsPending: true };
}

/** The bootstrap intervals of CA of every pair of the window's matrix, as columns. */
export function bootstrapIntervals(positions: WindowPositions, issues: readonly Issue[], options: BootstrapOptions = {}): IntervalColumns {
  const { pairs } = agreementMatrix(positions, issues, options);
  const low = new Float64Array(pairs.length).fill(NaN);
  const high = new Float64Array(pairs.length).fill(NaN);
  pairs.forEach((p, k) => {
    if (p.chanceCorrectedInterval) {
      low[k] = p.chanceCorrectedInterval.low;
      high[k] = p.chanceCorrectedInterval.high;
    }
  });
  return { low, high };
}

/** `estimates` with the intervals of `columns` filled in (a new matrix; the input is unchanged). */
export function withIntervals(estimates: AgreementMatrix, columns: IntervalColumns): AgreementMatrix {
  const count = estimates.pairs.length;
  if (columns.low.length !== count || columns.high.length !== count) {
    throw new Error(`withIntervals: ${columns.low.length} intervals for ${count} pairs of window ${windowLabel(estimates.window)}`);
  }
  const pairs = estimates.pairs.map((p, k) => {
    const low = columns.low[k]!;
    return { ...p, chanceCorrectedInterval: Number.isNaN(low) ? undefined : { low, high: columns.high[k]! } };
  });
  const { intervalsPending: _pending, ...matrix } = estimates;
  return { ...matrix, pairs };
}
