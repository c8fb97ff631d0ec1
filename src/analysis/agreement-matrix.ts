// Every pair of delegations positioned in a window: the input of the heatmap, the blocs,
// the map and agreement.csv. Numeric policy as in pair-kernel.ts.
import type { Issue } from '../shared/dataset-schema';
import type { ActorCode } from '../shared/ids';
import { encodeWindow, type EncodedWindow } from './encoded-window';
import { pairKernel, type BootstrapOptions, type PairAgreement } from './pair-kernel';
import { DEFAULT_RESAMPLES, DEFAULT_SEED } from './resample-plan';
import type { SessionWindow } from './session-window';
import type { WindowPositions } from './window-positions';

export interface AgreementMatrix {
  readonly window: SessionWindow;
  readonly actors: readonly ActorCode[]; // sorted by code
  readonly positionedOn: readonly number[]; // per actor: issues positioned on in the window
  // One entry per pair i < j of `actors`, row by row: (0,1), (0,2), ..., (1,2), ...;
  // so pair.a < pair.b always. Pairs sharing no issue are included, with undefined values.
  readonly pairs: readonly PairAgreement[];
  // True while only the point estimates are known: every pair's chanceCorrectedInterval is
  // left undefined until the bootstrap is done (matrix-intervals.ts). Absent otherwise.
  readonly intervalsPending?: boolean;
}

export function agreementMatrix(
  positions: WindowPositions,
  issues: readonly Issue[],
  options: BootstrapOptions = {},
): AgreementMatrix {
  const enc = encodeWindow(positions, issues);
  return { window: positions.window, actors: enc.actors, positionedOn: Array.from(enc.positionedOn), pairs: [...matrixPairs(enc, options)] };
}

/** The pairs of agreementMatrix one at a time, in its order, none of them kept (agreement.csv
 *  streams them: 18 528 pairs a window at 193 delegations). */
export function* matrixPairs(enc: EncodedWindow, options: BootstrapOptions = {}): Generator<PairAgreement> {
  const kernel = pairKernel(enc, { resamples: options.resamples ?? DEFAULT_RESAMPLES, seed: options.seed ?? DEFAULT_SEED });
  const N = enc.actors.length;
  for (let i = 0; i < N; i++) for (let j = i + 1; j < N; j++) yield kernel(i, j);
}

/** Index of pair (i, j), i < j, in AgreementMatrix.pairs for N actors. */
export function pairIndex(i: number, j: number, N: number): number {
  return (i * (2 * N - i - 1)) / 2 + (j - i - 1);
}

/** The pair of `a` and `b` in either order (returned with a < b); undefined if either is absent. */
export function pairOf(matrix: AgreementMatrix, a: ActorCode, b: ActorCode): PairAgreement | undefined {
  const i = matrix.actors.indexOf(a);
  const j = matrix.actors.indexOf(b);
  if (i < 0 || j < 0 || i === j) return undefined;
  return matrix.pairs[pairIndex(Math.min(i, j), Math.max(i, j), matrix.actors.length)];
}
