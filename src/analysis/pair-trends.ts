// Which pairs of delegations moved together or apart between two windows.
//
// Numeric policy: change = CA(after) - CA(before) (chance-corrected agreement as in
// pair-kernel.ts; > 0 converging). Its 95% interval is a paired percentile bootstrap over
// issues: the issues shared in either window are resampled together, and each resample
// recomputes CA in each window over the drawn issues shared in that window; resamples
// leaving either CA undefined are left out. When the pair shares the same issues in both
// windows (usual, since positions carry forward) this is the ordinary paired bootstrap.
// Pairs whose CA is undefined in either window are not listed. A change smaller than
// NO_CHANGE in size (rounding noise) counts as neither converging nor diverging.
import type { Issue } from '../shared/dataset-schema';
import type { ActorCode } from '../shared/ids';
import { encodeWindow, type EncodedWindow } from './encoded-window';
import type { Interval } from './interval';
import { CHANCE_EPSILON, MIN_SHARED_ISSUES, type BootstrapOptions } from './pair-kernel';
import { percentileInterval } from './percentile';
import { DEFAULT_RESAMPLES, DEFAULT_SEED, planCache } from './resample-plan';
import type { SessionWindow } from './session-window';
import type { WindowPositions } from './window-positions';

/** Changes smaller than this in absolute value are no change. */
export const NO_CHANGE = 1e-12;

export interface PairTrend {
  readonly a: ActorCode; // a < b
  readonly b: ActorCode;
  readonly before: number; // CA in the earlier window
  readonly after: number; // CA in the later window
  readonly change: number; // after - before
  readonly interval: Interval | undefined;
  readonly significant: boolean; // the interval excludes 0
  readonly insufficient: boolean; // fewer than MIN_SHARED_ISSUES shared in either window
}

export interface PairTrends {
  readonly before: SessionWindow;
  readonly after: SessionWindow;
  readonly pairs: readonly PairTrend[]; // every pair with CA in both windows, a < b order
  readonly converging: readonly PairTrend[]; // change > NO_CHANGE, largest first
  readonly diverging: readonly PairTrend[]; // change < -NO_CHANGE, most negative first
}

export function pairTrends(
  before: WindowPositions,
  after: WindowPositions,
  issues: readonly Issue[],
  options: BootstrapOptions = {},
): PairTrends {
  const early = encodeWindow(before, issues);
  const late = encodeWindow(after, issues);
  const lateIndex = new Map<string, number>(late.actors.map((a, i) => [a, i]));
  const common = early.actors.flatMap((a, i) => (lateIndex.has(a) ? [[i, lateIndex.get(a)!] as const] : []));
  const T = issues.length;
  const B = options.resamples ?? DEFAULT_RESAMPLES;
  const planFor = planCache(B, options.seed ?? DEFAULT_SEED);
  const buffers = {
    x1: new Float64Array(T), e1: new Float64Array(T), in1: new Uint8Array(T),
    x2: new Float64Array(T), e2: new Float64Array(T), in2: new Uint8Array(T),
  };
  const draws = new Float64Array(B);

  const pairs: PairTrend[] = [];
  for (let p = 0; p < common.length; p++) {
    for (let q = p + 1; q < common.length; q++) {
      const [i1, i2] = common[p]!;
      const [j1, j2] = common[q]!;
      const n = fill(early, i1, j1, late, i2, j2, buffers);
      const { x1, e1, in1, x2, e2, in2 } = buffers;
      const all = Uint16Array.from({ length: n }, (_, k) => k);
      const ca1 = caOver(x1, e1, in1, all);
      const ca2 = caOver(x2, e2, in2, all);
      if (ca1 === undefined || ca2 === undefined) continue;
      let count = 0;
      if (B > 0) {
        const plan = planFor(n);
        for (let r = 0; r < B; r++) {
          const draw = plan.subarray(r * n, (r + 1) * n);
          const d1 = caOver(x1, e1, in1, draw);
          const d2 = caOver(x2, e2, in2, draw);
          if (d1 !== undefined && d2 !== undefined) draws[count++] = d2 - d1;
        }
      }
      const interval = percentileInterval(draws, count);
      let shared1 = 0;
      let shared2 = 0;
      for (let k = 0; k < n; k++) {
        shared1 += in1[k]!;
        shared2 += in2[k]!;
      }
      pairs.push({
        a: early.actors[i1]!,
        b: early.actors[j1]!,
        before: ca1,
        after: ca2,
        change: ca2 - ca1,
        interval,
        significant: interval !== undefined && (interval.low > 0 || interval.high < 0),
        insufficient: shared1 < MIN_SHARED_ISSUES || shared2 < MIN_SHARED_ISSUES,
      });
    }
  }
  const byCode = (x: PairTrend, y: PairTrend) => (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0);
  const converging = pairs.filter((t) => t.change > NO_CHANGE).sort((x, y) => y.change - x.change || byCode(x, y));
  const diverging = pairs.filter((t) => t.change < -NO_CHANGE).sort((x, y) => x.change - y.change || byCode(x, y));
  return { before: before.window, after: after.window, pairs, converging, diverging };
}

/**
 * Lists the issues shared in either window as slots 0..n-1: per slot, whether it is shared
 * in each window and its contributions there. Returns n.
 */
function fill(
  early: EncodedWindow, i1: number, j1: number,
  late: EncodedWindow, i2: number, j2: number,
  buf: { x1: Float64Array; e1: Float64Array; in1: Uint8Array; x2: Float64Array; e2: Float64Array; in2: Uint8Array },
): number {
  const T = early.issues.length;
  let n = 0;
  for (let t = 0; t < T; t++) {
    const s1 = contribution(early, i1, j1, t);
    const s2 = contribution(late, i2, j2, t);
    if (s1 === undefined && s2 === undefined) continue;
    buf.in1[n] = s1 === undefined ? 0 : 1;
    buf.x1[n] = s1 ?? 0;
    buf.e1[n] = early.expected[t]!;
    buf.in2[n] = s2 === undefined ? 0 : 1;
    buf.x2[n] = s2 ?? 0;
    buf.e2[n] = late.expected[t]!;
    n++;
  }
  return n;
}

function contribution(enc: EncodedWindow, i: number, j: number, t: number): number | undefined {
  const T = enc.issues.length;
  const ci = enc.codes[i * T + t]!;
  const cj = enc.codes[j * T + t]!;
  if (ci < 0 || cj < 0) return undefined;
  return enc.tables[enc.tableOffset[t]! + ci * enc.tableSize[t]! + cj]!;
}

/** CA over the drawn slots that are shared (`inside`), or undefined. */
function caOver(x: Float64Array, e: Float64Array, inside: Uint8Array, draw: ArrayLike<number>): number | undefined {
  let n = 0;
  let sx = 0;
  let se = 0;
  for (let k = 0; k < draw.length; k++) {
    const s = draw[k]!;
    if (!inside[s]) continue;
    n++;
    sx += x[s]!;
    se += e[s]!;
  }
  if (n === 0 || n - se < CHANCE_EPSILON * n) return undefined;
  return (sx - se) / (n - se);
}
