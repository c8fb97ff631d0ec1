// Percentile intervals of bootstrap draws, by selection instead of a full sort (the pair
// matrix takes one per pair, so this is on the hot path).
//
// Numeric policy: quantiles use linear interpolation between order statistics (R type 7,
// as d3.quantile): h = (count - 1) p. The 95% interval is [q(0.025), q(0.975)]. Draws are
// reordered in place; undefined when there are no draws.
import type { Interval } from './interval';

export function percentileInterval(draws: Float64Array, count: number): Interval | undefined {
  if (count <= 0) return undefined;
  const low = quantileInPlace(draws, 0, count, 0.025);
  const high = quantileInPlace(draws, 0, count, 0.975);
  return { low, high };
}

/** The p-quantile of draws[from, to); reorders that range. */
export function quantileInPlace(draws: Float64Array, from: number, to: number, p: number): number {
  const count = to - from;
  const h = (count - 1) * p;
  const k = Math.floor(h);
  const lower = select(draws, from, to - 1, from + k);
  if (h === k || k + 1 >= count) return lower;
  let upper = Infinity;
  for (let i = from + k + 1; i < to; i++) if (draws[i]! < upper) upper = draws[i]!;
  return lower + (upper - lower) * (h - k);
}

/** Hoare quickselect with a median-of-three pivot: a[k] becomes the (k - left)-th smallest. */
function select(a: Float64Array, left: number, right: number, k: number): number {
  while (right > left) {
    const mid = (left + right) >>> 1;
    if (a[mid]! < a[left]!) swap(a, mid, left);
    if (a[right]! < a[left]!) swap(a, right, left);
    if (a[right]! < a[mid]!) swap(a, right, mid);
    const pivot = a[mid]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (a[i]! < pivot) i++;
      while (a[j]! > pivot) j--;
      if (i <= j) {
        swap(a, i, j);
        i++;
        j--;
      }
    }
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else break;
  }
  return a[k]!;
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
