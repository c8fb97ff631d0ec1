// Wilson score interval for a proportion.
//
// Numeric policy: `successes` may be fractional (raw agreement A over n issues counts
// A * n successes); the interval is 95% (z = 1.96), lies within [0, 1], and is undefined
// for n = 0 rather than NaN.
import { Z95, type Interval } from './interval';

export function wilsonInterval(successes: number, n: number): Interval | undefined {
  if (n <= 0) return undefined;
  const p = successes / n;
  const z2 = Z95 * Z95;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (Z95 / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
