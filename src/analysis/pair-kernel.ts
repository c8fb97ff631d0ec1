// The per-pair computation shared by pairAgreement and agreementMatrix, on an encoded
// window. Kept apart so the matrix and a single pair give identical numbers.
//
// Numeric policy:
// - raw agreement A = mean over the n shared issues of the issue-level agreement x_t;
//   Wilson 95% interval with A * n successes out of n;
// - expected agreement E = mean over the same issues of the room's chance agreement E_t;
// - chance-corrected CA = (A - E) / (1 - E) = (sum x - sum e) / (n - sum e), undefined when
//   1 - E < 1e-12 (the whole room in one position), never NaN; CA <= 1 and may be < -1;
// - its interval is the 2.5 and 97.5 percentiles of CA over bootstrap resamples of the
//   shared issues (resample-plan.ts); resamples whose E is 1 are left out, and the interval
//   is undefined when none is left (bootstrap-tables.ts makes this fast: same draws, same
//   numbers, up to the order of additions); pairs with the same shared issues and the same
//   agreement on each have the same draws, so their interval is computed once per kernel;
// - n = 0 gives undefined everywhere, never 0; n < 3 is computed but marked insufficient.
import type { ActorCode } from '../shared/ids';
import type { EncodedWindow } from './encoded-window';
import type { Interval } from './interval';
import { percentileInterval, TailInterval } from './percentile';
import { CHUNK, CHUNK_SIZE, chanceSumMemo, sizePlan, type SizePlan } from './bootstrap-tables';
import { planCache } from './resample-plan';
import { wilsonInterval } from './wilson';

/** Pairs sharing fewer issues than this are marked insufficient. */
export const MIN_SHARED_ISSUES = 3;
/** 1 - E below this counts as E = 1. */
export const CHANCE_EPSILON = 1e-12;

export interface PairAgreement {
  readonly a: ActorCode;
  readonly b: ActorCode;
  readonly shared: number; // n: issues both hold a position on in the window
  readonly agreement: number | undefined; // raw agreement A in [0, 1]
  readonly agreementInterval: Interval | undefined; // Wilson 95%
  readonly expected: number | undefined; // E in [0, 1]
  readonly chanceCorrected: number | undefined; // CA, <= 1
  readonly chanceCorrectedInterval: Interval | undefined; // bootstrap 95%
  readonly insufficient: boolean; // 0 < n < MIN_SHARED_ISSUES, or n = 0
  // Every shared issue rests, for both, only on joint statements they both signed.
  readonly jointOnly: boolean;
}

export interface BootstrapOptions {
  readonly resamples?: number; // default DEFAULT_RESAMPLES (200)
  readonly seed?: number; // default DEFAULT_SEED
}

/** A function computing PairAgreement for actor indices (i, j) of `enc`, with its own buffers. */
export function pairKernel(enc: EncodedWindow, options: Required<BootstrapOptions>): (i: number, j: number) => PairAgreement {
  const T = enc.issues.length;
  const B = options.resamples;
  const x = new Float64Array(T);
  const e = new Float64Array(T);
  const slotIssue = new Int32Array(T);
  const fractional = new Int32Array(T);
  const chunkMask = new Int32Array(Math.ceil(T / CHUNK) + 1);
  const draws = new Float64Array(B);
  const tails = TailInterval.fits(B) ? new TailInterval(B) : undefined;
  const planFor = planCache(B, options.seed);
  const plans = new Map<number, SizePlan>();
  const chanceSums = chanceSumMemo(B);
  // Interval by shared issues and agreement on each (E_t is fixed per issue in the window),
  // keyed by numbers: a pair's agreement on issue t is a class 1..K of the distinct table
  // values (0 when t is not shared), a digit in base K + 1, `perWord` issues to a number.
  const classes = new Map<number, number>();
  const tableClass = Int32Array.from(enc.tables, (x) => {
    if (!classes.has(x)) classes.set(x, classes.size + 1);
    return classes.get(x)!;
  });
  const radix = classes.size + 1;
  const perWord = Math.max(1, Math.floor(52 / Math.log2(radix)));
  const key = new Float64Array(Math.ceil(T / perWord));
  const keyWord = Int32Array.from({ length: T }, (_, t) => Math.floor(t / perWord));
  const keyPlace = Float64Array.from({ length: T }, (_, t) => radix ** (t % perWord));
  const intervals = new KeyedMemo<Interval | undefined>();
  const { codes, tables, tableOffset, tableSize, expected, partners } = enc;
  const planOf = (n: number): SizePlan => {
    let plan = plans.get(n);
    if (!plan) {
      plan = sizePlan(n, B, planFor(n));
      plans.set(n, plan);
    }
    return plan;
  };

  return (i, j) => {
    const a = enc.actors[i]!;
    const b = enc.actors[j]!;
    // Shared issues become slots 0..n-1.
    let n = 0;
    let jointOnly = true;
    let sx = 0;
    let se = 0;
    let everyDrawDefined = true; // no shared issue has E_t = 1, so no resample can have E = 1
    key.fill(0);
    for (let t = 0; t < T; t++) {
      const ci = codes[i * T + t]!;
      if (ci < 0) continue;
      const cj = codes[j * T + t]!;
      if (cj < 0) continue;
      const xt = tables[tableOffset[t]! + ci * tableSize[t]! + cj]!;
      const et = expected[t]!;
      x[n] = xt;
      e[n] = et;
      slotIssue[n] = t;
      key[keyWord[t]!]! += keyPlace[t]! * tableClass[tableOffset[t]! + ci * tableSize[t]! + cj]!;
      sx += xt;
      se += et;
      if (1 - et < CHANCE_EPSILON) everyDrawDefined = false;
      n++;
      if (jointOnly && !(partners[i * T + t]?.has(j) && partners[j * T + t]?.has(i))) jointOnly = false;
    }
    if (n === 0) {
      return {
        a, b, shared: 0, agreement: undefined, agreementInterval: undefined, expected: undefined,
        chanceCorrected: undefined, chanceCorrectedInterval: undefined, insufficient: true, jointOnly: false,
      };
    }
    const defined = n - se >= CHANCE_EPSILON * n;
    let chanceCorrectedInterval: Interval | undefined;
    const known = B > 0 && defined ? intervals.find(key) : undefined;
    if (known) {
      chanceCorrectedInterval = known.value;
    } else if (B > 0 && defined) {
      const plan = planOf(n);
      const { chunks, lookup, counts } = plan;
      chunkMask.fill(0);
      let fractions = 0;
      let issueSet = T <= 30 ? 0 : -1;
      for (let k = 0; k < n; k++) {
        if (x[k] === 1) chunkMask[(k / CHUNK) | 0]! |= 1 << k % CHUNK;
        else if (x[k]! > 0) fractional[fractions++] = k;
        if (issueSet >= 0) issueSet |= 1 << slotIssue[k]!;
      }
      const { slab, offset } = chanceSums(plan, issueSet, e);
      const stride = chunks * CHUNK_SIZE;
      const mask0 = chunkMask[0]!;
      const mask1 = chunkMask[1]!;
      const first = fractional[0]!;
      const firstX = x[first]!;
      const fast = tails !== undefined && everyDrawDefined;
      tails?.reset();
      let m = 0;
      for (let r = 0, base = 0; r < B; r++, base += stride) {
        // Unrolled for up to 14 issues (two chunks); more chunks take the loop.
        let agreeing = lookup[base + mask0]!;
        if (chunks > 1) agreeing += lookup[base + CHUNK_SIZE + mask1]!;
        for (let c = 2; c < chunks; c++) agreeing += lookup[base + c * CHUNK_SIZE + chunkMask[c]!]!;
        if (fractions > 0) {
          agreeing += counts[r * n + first]! * firstX;
          for (let f = 1; f < fractions; f++) {
            const k = fractional[f]!;
            agreeing += counts[r * n + k]! * x[k]!;
          }
        }
        const chance = slab[offset + r]!;
        const denominator = n - chance;
        if (fast) tails!.push((agreeing - chance) / denominator);
        else if (denominator >= CHANCE_EPSILON * n) draws[m++] = (agreeing - chance) / denominator;
      }
      chanceCorrectedInterval = fast ? tails!.interval() : percentileInterval(draws, m);
      intervals.add(key, chanceCorrectedInterval);
    }
    return {
      a,
      b,
      shared: n,
      agreement: sx / n,
      agreementInterval: wilsonInterval(sx, n),
      expected: se / n,
      chanceCorrected: defined ? (sx - se) / (n - se) : undefined,
      chanceCorrectedInterval,
      insufficient: n < MIN_SHARED_ISSUES,
      jointOnly,
    };
  };
}

/** A memo keyed by a fixed-length list of numbers (nested maps: no key object per lookup). */
class KeyedMemo<V> {
  private readonly root = new Map<number, unknown>();

  find(key: Float64Array): { value: V } | undefined {
    let node: unknown = this.root;
    for (let w = 0; w < key.length && node; w++) node = (node as Map<number, unknown>).get(key[w]!);
    return node as { value: V } | undefined;
  }

  add(key: Float64Array, value: V): void {
    let node = this.root;
    for (let w = 0; w < key.length - 1; w++) {
      let next = node.get(key[w]!) as Map<number, unknown> | undefined;
      if (!next) node.set(key[w]!, (next = new Map()));
      node = next;
    }
    node.set(key[key.length - 1]!, { value });
  }
}
