// Seeded pseudo-random numbers, so every bootstrap and every synthetic data set is
// reproducible: the same seed gives the same draws on every machine.
//
// Numeric policy: seeds are unsigned 32-bit integers (other numbers are truncated with
// `>>> 0`); uniform draws are doubles in [0, 1) with 2^-32 resolution (mulberry32, by
// Tommy Ettinger); normal draws use Box-Muller on two uniforms.

/** A generator of uniform doubles in [0, 1). */
export type Random = () => number;

/** mulberry32: a small, fast 32-bit generator, good enough for resampling and fixtures. */
export function mulberry32(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A seed derived from a base seed and some integers (e.g. the size of a resample), so that
 * independent streams never share draws by accident. Deterministic; order of parts matters.
 */
export function deriveSeed(seed: number, ...parts: number[]): number {
  let h = (seed >>> 0) ^ 0x9e3779b9;
  for (const part of parts) {
    h = Math.imul(h ^ (part >>> 0), 0x85ebca6b) >>> 0;
    h = (h ^ (h >>> 13)) >>> 0;
    h = Math.imul(h, 0xc2b2ae35) >>> 0;
    h = (h ^ (h >>> 16)) >>> 0;
  }
  return h;
}

/** An integer in [0, n) drawn from `random`; n must be a positive integer. */
export function randomInt(random: Random, n: number): number {
  return Math.floor(random() * n);
}

/** A standard normal draw (mean 0, sd 1) by Box-Muller; uses two uniforms per call. */
export function randomNormal(random: Random): number {
  const u = 1 - random(); // (0, 1]: the logarithm stays finite
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
