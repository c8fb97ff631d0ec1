// The draws of a bootstrap, fixed in advance: for a sample of size n, `resamples` rows of
// n indices drawn with replacement. Every pair with n shared issues uses the same plan, so
// one pair computed alone gets exactly the interval it has in the full matrix, whatever
// the order pairs are computed in.
//
// Numeric policy: indices are integers in [0, n), n <= 65535; the plan for (seed, n) is
// drawn from mulberry32(deriveSeed(seed, n)).
import { deriveSeed, mulberry32, randomInt } from './prng';

/** Defaults shared by every bootstrap in this folder. */
export const DEFAULT_RESAMPLES = 200;
export const DEFAULT_SEED = 20240101;

/** resamples x n indices, row-major. */
export function resamplePlan(n: number, resamples: number, seed: number): Uint16Array {
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`resample size ${n} out of range 0..65535`);
  if (!Number.isInteger(resamples) || resamples < 0) throw new Error(`invalid number of resamples ${resamples}`);
  const random = mulberry32(deriveSeed(seed, n));
  const plan = new Uint16Array(resamples * n);
  for (let i = 0; i < plan.length; i++) plan[i] = randomInt(random, n);
  return plan;
}

/** A memo of plans by size for one (resamples, seed); local to one computation. */
export function planCache(resamples: number, seed: number): (n: number) => Uint16Array {
  const plans = new Map<number, Uint16Array>();
  return (n) => {
    let plan = plans.get(n);
    if (!plan) {
      plan = resamplePlan(n, resamples, seed);
      plans.set(n, plan);
    }
    return plan;
  };
}
