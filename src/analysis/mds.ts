// A 2-D map of delegations: classical (Torgerson) multidimensional scaling of the 1 - CA
// distances of one window (agreement-distance.ts treats missing pairs and thin records).
//
// Numeric policy: B = -1/2 J D^2 J (double centring of squared distances); coordinates
// are the top two eigenvectors of B scaled by the square root of their eigenvalues
// (negative eigenvalues give 0). Power iteration from a fixed start with sign
// normalisation (power-iteration.ts), so the same matrix always gives the same map;
// between windows the map may still rotate or reflect: align with procrustes.ts.
// Units are those of the distance (1 = chance-level agreement); axes have no meaning.
import type { ActorCode } from '../shared/ids';
import type { AgreementMatrix } from './agreement-matrix';
import { agreementDistances, type DistanceOptions } from './agreement-distance';
import { topEigenpairs } from './power-iteration';
import type { SessionWindow } from './session-window';

export interface MapPoint {
  readonly actor: ActorCode;
  readonly x: number;
  readonly y: number;
}

export interface MdsMap {
  readonly window: SessionWindow;
  readonly points: readonly MapPoint[]; // sorted by actor code
  readonly excluded: readonly ActorCode[]; // positioned on too few issues to place
  readonly eigenvalues: readonly [number, number]; // of B: how much each axis carries
}

export function classicalMds(matrix: AgreementMatrix, options: DistanceOptions = {}): MdsMap {
  const distances = agreementDistances(matrix, options);
  const { x, y, eigenvalues } = mdsFromDistances(distances.actors.length, distances.values);
  return {
    window: matrix.window,
    points: distances.actors.map((actor, i) => ({ actor, x: x[i]!, y: y[i]! })),
    excluded: distances.excluded,
    eigenvalues,
  };
}

/** Classical MDS of an n x n symmetric distance matrix (row-major) into two dimensions. */
export function mdsFromDistances(
  n: number,
  distances: Float64Array,
): { x: Float64Array; y: Float64Array; eigenvalues: [number, number] } {
  const b = new Float64Array(n * n);
  const rowMean = new Float64Array(n);
  let grandMean = 0;
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const d2 = distances[i * n + j]! ** 2;
      b[i * n + j] = d2;
      rowMean[i]! += d2 / n;
    }
    grandMean += rowMean[i]! / n;
  }
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) b[i * n + j] = -0.5 * (b[i * n + j]! - rowMean[i]! - rowMean[j]! + grandMean);
  }
  const pairs = topEigenpairs(b, n, 2);
  const axis = (k: number) => {
    const pair = pairs[k];
    if (!pair) return { coords: new Float64Array(n), value: 0 };
    const scale = Math.sqrt(Math.max(0, pair.value));
    return { coords: pair.vector.map((v) => v * scale), value: pair.value };
  };
  const first = axis(0);
  const second = axis(1);
  return { x: first.coords, y: second.coords, eigenvalues: [first.value, second.value] };
}
