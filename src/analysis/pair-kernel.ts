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
//   is undefined when none is left;
// - n = 0 gives undefined everywhere, never 0; n < 3 is computed but marked insufficient.
import type { ActorCode } from '../shared/ids';
import type { EncodedWindow } from './encoded-window';
import type { Interval } from './interval';
import { percentileInterval } from './percentile';
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

/** Issue-level contributions of one pair: agreement x_t and chance E_t per shared issue. */
export interface Contributions {
  n: number;
  readonly x: Float64Array;
  readonly e: Float64Array;
  readonly jointOnly: boolean;
}

/** Fills the shared issues of actors i and j of `enc` into reusable buffers. */
export function contributions(enc: EncodedWindow, i: number, j: number, x: Float64Array, e: Float64Array): Contributions {
  const T = enc.issues.length;
  const { codes, tables, tableOffset, tableSize, expected, partners } = enc;
  let n = 0;
  let jointOnly = true;
  for (let t = 0; t < T; t++) {
    const ci = codes[i * T + t]!;
    if (ci < 0) continue;
    const cj = codes[j * T + t]!;
    if (cj < 0) continue;
    x[n] = tables[tableOffset[t]! + ci * tableSize[t]! + cj]!;
    e[n] = expected[t]!;
    n++;
    if (jointOnly && !(partners[i * T + t]?.has(j) && partners[j * T + t]?.has(i))) jointOnly = false;
  }
  return { n, x, e, jointOnly: jointOnly && n > 0 };
}

/** A function computing PairAgreement for actor indices (i, j) of `enc`, with its own buffers. */
export function pairKernel(enc: EncodedWindow, options: BootstrapOptions & { resamples: number; seed: number }): (i: number, j: number) => PairAgreement {
  const T = enc.issues.length;
  const x = new Float64Array(T);
  const e = new Float64Array(T);
  const draws = new Float64Array(options.resamples);
  const planFor = planCache(options.resamples, options.seed);
  const B = options.resamples;

  return (i, j) => {
    const c = contributions(enc, i, j, x, e);
    const n = c.n;
    const a = enc.actors[i]!;
    const b = enc.actors[j]!;
    if (n === 0) {
      return {
        a, b, shared: 0, agreement: undefined, agreementInterval: undefined, expected: undefined,
        chanceCorrected: undefined, chanceCorrectedInterval: undefined, insufficient: true, jointOnly: false,
      };
    }
    let sx = 0;
    let se = 0;
    for (let k = 0; k < n; k++) {
      sx += x[k]!;
      se += e[k]!;
    }
    const agreement = sx / n;
    const expectedAgreement = se / n;
    const defined = n - se >= CHANCE_EPSILON * n;

    let chanceCorrectedInterval: Interval | undefined;
    if (B > 0) {
      const plan = planFor(n);
      let m = 0;
      for (let r = 0, base = 0; r < B; r++, base += n) {
        let bx = 0;
        let be = 0;
        for (let k = 0; k < n; k++) {
          const idx = plan[base + k]!;
          bx += x[idx]!;
          be += e[idx]!;
        }
        const denominator = n - be;
        if (denominator >= CHANCE_EPSILON * n) draws[m++] = (bx - be) / denominator;
      }
      chanceCorrectedInterval = percentileInterval(draws, m);
    }
    return {
      a,
      b,
      shared: n,
      agreement,
      agreementInterval: wilsonInterval(sx, n),
      expected: expectedAgreement,
      chanceCorrected: defined ? (sx - se) / (n - se) : undefined,
      chanceCorrectedInterval,
      insufficient: n < MIN_SHARED_ISSUES,
      jointOnly: c.jointOnly,
    };
  };
}
