// Percentile intervals of bootstrap draws, without a full sort (the pair matrix takes one
// per pair, so this is on the hot path).
//
// Numeric policy: quantiles use linear interpolation between order statistics (R type 7,
// as d3.quantile): h = (count - 1) p. The 95% interval is [q(0.025), q(0.975)]. For the
// usual bootstrap sizes only the few smallest and largest draws matter, which are kept in
// two short sorted lists in one pass (TailInterval); otherwise quickselect, which reorders
// the draws in place. Undefined when there are no draws.
import type { Interval } from './interval';

const LOW = 0.025;
const HIGH = 0.975;
/** The one-pass path keeps at most this many extremes on each side. */
const MAX_EXTREMES = 16;

/**
 * The 95% percentile interval of exactly `count` values pushed one at a time, keeping only
 * the few smallest and largest: the bootstrap's inner loop feeds it without storing draws.
 * Usable when count is large enough that both tails fit in MAX_EXTREMES (count >= 40 and
 * up to about 600); `fits(count)` says so.
 */
export class TailInterval {
  private readonly smallest = new Float64Array(MAX_EXTREMES);
  private readonly largest = new Float64Array(MAX_EXTREMES);
  private readonly kLow: number;
  private readonly kHigh: number;
  private readonly keepLow: number;
  private readonly keepHigh: number;
  private lowFill = 0;
  private highFill = 0;

  static fits(count: number): boolean {
    return count > 0 && Math.floor((count - 1) * LOW) + 2 <= MAX_EXTREMES && count - Math.floor((count - 1) * HIGH) <= MAX_EXTREMES;
  }

  constructor(private readonly count: number) {
    if (!TailInterval.fits(count)) throw new Error(`TailInterval: ${count} values do not fit`);
    this.kLow = Math.floor((count - 1) * LOW);
    this.kHigh = Math.floor((count - 1) * HIGH);
    this.keepLow = Math.min(count, this.kLow + 2); // order statistics 0..kLow+1
    this.keepHigh = Math.min(count, count - this.kHigh); // from the top: count-1 down to kHigh
  }

  reset(): void {
    this.lowFill = 0;
    this.highFill = 0;
  }

  push(v: number): void {
    const { smallest, largest, keepLow, keepHigh } = this;
    if (this.lowFill < keepLow || v < smallest[keepLow - 1]!) {
      let at = this.lowFill < keepLow ? this.lowFill++ : keepLow - 1;
      while (at > 0 && smallest[at - 1]! > v) {
        smallest[at] = smallest[at - 1]!;
        at--;
      }
      smallest[at] = v;
    }
    if (this.highFill < keepHigh || v > largest[keepHigh - 1]!) {
      let at = this.highFill < keepHigh ? this.highFill++ : keepHigh - 1;
      while (at > 0 && largest[at - 1]! < v) {
        largest[at] = largest[at - 1]!;
        at--;
      }
      largest[at] = v;
    }
  }

  /** The interval of the `count` values pushed since the last reset. */
  interval(): Interval {
    const { smallest, largest, kLow, kHigh, count } = this;
    const hLow = (count - 1) * LOW;
    const hHigh = (count - 1) * HIGH;
    // Order statistic r counted from the top is largest[count - 1 - r].
    const low = interpolate(smallest[kLow]!, kLow + 1 < count ? smallest[kLow + 1]! : smallest[kLow]!, hLow - kLow);
    const at = count - 1 - kHigh;
    const high = interpolate(largest[at]!, at > 0 ? largest[at - 1]! : largest[at]!, hHigh - kHigh);
    return { low, high };
  }
}

/** The 95% interval of draws[0, count); may reorder them. Undefined without draws. */
export function percentileInterval(draws: Float64Array, count: number): Interval | undefined {
  if (count <= 0) return undefined;
  if (TailInterval.fits(count)) {
    const tails = new TailInterval(count);
    for (let i = 0; i < count; i++) tails.push(draws[i]!);
    return tails.interval();
  }
  return { low: quantileInPlace(draws, 0, count, LOW), high: quantileInPlace(draws, 0, count, HIGH) };
}

function interpolate(lower: number, upper: number, fraction: number): number {
  return fraction === 0 ? lower : lower + (upper - lower) * fraction;
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
