// The largest eigenvalues of a symmetric matrix and their eigenvectors, by power iteration
// with deflation: enough for a 2-D map, deterministic, no dependency.
//
// Numeric policy: doubles; iteration stops when the unit vector moves less than
// TOLERANCE (max-norm) or after MAX_ITERATIONS (nearly equal eigenvalues converge slowly;
// the vector is then some unit vector of their common eigenspace). The start vector is
// fixed (mulberry32(START_SEED)), so results repeat exactly. A negative dominant
// eigenvalue is handled by shifting, so the pairs returned are the algebraically largest.
// Each eigenvector is sign-normalised: its entry of largest magnitude (the first, within
// 1e-9) is positive.
import { mulberry32 } from './prng';

export const MAX_ITERATIONS = 1000;
export const TOLERANCE = 1e-10;
const START_SEED = 0x5eed;

export interface Eigenpair {
  readonly value: number;
  readonly vector: Float64Array; // unit length
}

/** The `count` algebraically largest eigenpairs of the symmetric n x n `matrix` (row-major). */
export function topEigenpairs(matrix: Float64Array, n: number, count: number): Eigenpair[] {
  const a = Float64Array.from(matrix);
  const random = mulberry32(START_SEED);
  const start = Float64Array.from({ length: n }, () => random() - 0.5);
  const pairs: Eigenpair[] = [];
  for (let c = 0; c < Math.min(count, n); c++) {
    let pair = dominant(a, n, start, 0);
    if (pair.value < 0) {
      const shifted = dominant(a, n, start, pair.value);
      pair = { value: shifted.value + pair.value, vector: shifted.vector };
    }
    normaliseSign(pair.vector);
    pairs.push(pair);
    const { value, vector } = pair;
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) a[i * n + j]! -= value * vector[i]! * vector[j]!;
  }
  return pairs;
}

/** Dominant eigenpair of (a - shift I). */
function dominant(a: Float64Array, n: number, start: Float64Array, shift: number): Eigenpair {
  let v: Float64Array = unit(Float64Array.from(start));
  let w: Float64Array = new Float64Array(n);
  for (let iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
    multiply(a, n, v, shift, w);
    let rayleigh = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      rayleigh += v[i]! * w[i]!;
      squares += w[i]! * w[i]!;
    }
    if (squares === 0) return { value: 0, vector: v };
    // A negative eigenvalue flips the vector each step: follow the flip so it can settle.
    const scale = (rayleigh < 0 ? -1 : 1) / Math.sqrt(squares);
    let moved = 0;
    for (let i = 0; i < n; i++) {
      w[i] = w[i]! * scale;
      moved = Math.max(moved, Math.abs(w[i]! - v[i]!));
    }
    [v, w] = [w, v];
    if (moved < TOLERANCE) break;
  }
  multiply(a, n, v, shift, w);
  let value = 0;
  for (let i = 0; i < n; i++) value += v[i]! * w[i]!;
  return { value, vector: v };
}

function multiply(a: Float64Array, n: number, v: Float64Array, shift: number, out: Float64Array): void {
  for (let i = 0; i < n; i++) {
    let s = -shift * v[i]!;
    const row = i * n;
    for (let j = 0; j < n; j++) s += a[row + j]! * v[j]!;
    out[i] = s;
  }
}

function unit(v: Float64Array): Float64Array {
  let squares = 0;
  for (const x of v) squares += x * x;
  const norm = Math.sqrt(squares);
  if (norm > 0) for (let i = 0; i < v.length; i++) v[i]! /= norm;
  return v;
}

function normaliseSign(v: Float64Array): void {
  let largest = 0;
  for (const x of v) largest = Math.max(largest, Math.abs(x));
  const at = v.findIndex((x) => Math.abs(x) >= largest - 1e-9);
  if (at >= 0 && v[at]! < 0) for (let i = 0; i < v.length; i++) v[i] = -v[i]!;
}
