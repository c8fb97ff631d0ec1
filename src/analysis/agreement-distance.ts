// Distances between delegations for the blocs and the map: 1 - CA.
//
// Numeric policy: CA is clamped to [-1, 1] first, so distances lie in [0, 2] (CA can fall
// far below -1 when E is near 1, which would let one pair dominate a whole map). A pair
// with no CA, or sharing fewer than `minShared` issues, gets distance 1: no better or worse
// than chance. Delegations positioned on fewer than `minIssues` issues are left out
// altogether (listed in `excluded`), so thin records do not sit in a bloc by default.
import type { ActorCode } from '../shared/ids';
import type { AgreementMatrix } from './agreement-matrix';
import { MIN_SHARED_ISSUES } from './pair-kernel';

export interface DistanceOptions {
  readonly minShared?: number; // default MIN_SHARED_ISSUES (3)
  readonly minIssues?: number; // default MIN_SHARED_ISSUES (3)
}

export interface Distances {
  readonly actors: readonly ActorCode[]; // kept, sorted by code
  readonly excluded: readonly ActorCode[]; // positioned on too few issues
  readonly values: Float64Array; // actors.length squared, symmetric, 0 on the diagonal
}

/** The distance used when a pair has no usable chance-corrected agreement. */
export const MISSING_DISTANCE = 1;

export function agreementDistances(matrix: AgreementMatrix, options: DistanceOptions = {}): Distances {
  const minShared = options.minShared ?? MIN_SHARED_ISSUES;
  const minIssues = options.minIssues ?? MIN_SHARED_ISSUES;
  const N = matrix.actors.length;
  const kept: number[] = [];
  const excluded: ActorCode[] = [];
  for (let i = 0; i < N; i++) {
    if (matrix.positionedOn[i]! >= minIssues) kept.push(i);
    else excluded.push(matrix.actors[i]!);
  }
  const n = kept.length;
  const values = new Float64Array(n * n);
  for (let p = 0; p < n; p++) {
    const i = kept[p]!;
    for (let q = p + 1; q < n; q++) {
      const j = kept[q]!;
      const pair = matrix.pairs[(i * (2 * N - i - 1)) / 2 + (j - i - 1)]!;
      const ca = pair.chanceCorrected;
      const d = ca === undefined || pair.shared < minShared ? MISSING_DISTANCE : 1 - Math.max(-1, Math.min(1, ca));
      values[p * n + q] = d;
      values[q * n + p] = d;
    }
  }
  return { actors: kept.map((i) => matrix.actors[i]!), excluded, values };
}
