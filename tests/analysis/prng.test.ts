import { describe, expect, it } from 'vitest';
import { deriveSeed, mulberry32, randomInt, randomNormal } from '../../src/analysis/prng';

describe('mulberry32(seed)', () => {
  it('repeats the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(first);
  });

  it('gives the known first draws for seed 1 (the algorithm is fixed, not just seeded)', () => {
    const r = mulberry32(1);
    expect(r()).toBeCloseTo(0.6270739405881613, 15);
    expect(r()).toBeCloseTo(0.002735721180215478, 15);
  });

  it('draws uniform doubles in [0, 1) and different streams for different seeds', () => {
    const r = mulberry32(7);
    const draws = Array.from({ length: 10000 }, () => r());
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.reduce((s, v) => s + v, 0) / draws.length).toBeCloseTo(0.5, 1);
    expect(mulberry32(8)()).not.toBe(mulberry32(7)());
  });
});

describe('deriveSeed(seed, ...parts)', () => {
  it('is deterministic and separates parts', () => {
    expect(deriveSeed(1, 14)).toBe(deriveSeed(1, 14));
    expect(deriveSeed(1, 14)).not.toBe(deriveSeed(1, 13));
    expect(deriveSeed(1, 14)).not.toBe(deriveSeed(2, 14));
  });
});

describe('randomInt and randomNormal', () => {
  it('randomInt(random, n) stays in 0..n-1 and reaches both ends', () => {
    const r = mulberry32(3);
    const draws = new Set(Array.from({ length: 1000 }, () => randomInt(r, 4)));
    expect([...draws].sort()).toEqual([0, 1, 2, 3]);
  });

  it('randomNormal has mean about 0 and standard deviation about 1', () => {
    const r = mulberry32(5);
    const draws = Array.from({ length: 20000 }, () => randomNormal(r));
    const mean = draws.reduce((s, v) => s + v, 0) / draws.length;
    const sd = Math.sqrt(draws.reduce((s, v) => s + (v - mean) ** 2, 0) / draws.length);
    expect(mean).toBeCloseTo(0, 1);
    expect(sd).toBeCloseTo(1, 1);
  });
});
