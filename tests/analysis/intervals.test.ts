import { describe, expect, it } from 'vitest';
import { percentileInterval, quantileInPlace, TailInterval } from '../../src/analysis/percentile';
import { mulberry32 } from '../../src/analysis/prng';
import { resamplePlan } from '../../src/analysis/resample-plan';
import { wilsonInterval } from '../../src/analysis/wilson';

/** R type 7 quantile of a sorted copy: the reference. */
function type7(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const k = Math.floor(h);
  return k + 1 < s.length ? s[k]! + (s[k + 1]! - s[k]!) * (h - k) : s[k]!;
}

describe('wilsonInterval(successes, n)', () => {
  it('is undefined for n = 0, not NaN', () => {
    expect(wilsonInterval(0, 0)).toBeUndefined();
  });

  it('gives [0.2366, 0.7634] for 5 of 10 (hand-computed, z = 1.96)', () => {
    const ci = wilsonInterval(5, 10)!;
    expect(ci.low).toBeCloseTo(0.2366, 4);
    expect(ci.high).toBeCloseTo(0.7634, 4);
  });

  it('accepts fractional successes (A x n) and stays within [0, 1]', () => {
    const ci = wilsonInterval(2.5, 3)!;
    expect(ci.low).toBeGreaterThan(0.3);
    expect(ci.high).toBeLessThan(1);
    expect(wilsonInterval(3, 3)!.high).toBe(1);
    expect(wilsonInterval(0, 3)!.low).toBe(0);
  });
});

describe('percentileInterval(draws, count)', () => {
  it('is undefined without draws', () => {
    expect(percentileInterval(new Float64Array(4), 0)).toBeUndefined();
  });

  it('equals the 2.5% and 97.5% type-7 quantiles of a sorted copy, for every size 1..700', () => {
    const random = mulberry32(11);
    for (let count = 1; count <= 700; count += count < 50 ? 1 : 37) {
      const values = Array.from({ length: count }, () => Math.round(random() * 50) / 10); // ties included
      const ci = percentileInterval(Float64Array.from(values), count)!;
      expect(ci.low).toBeCloseTo(type7(values, 0.025), 12);
      expect(ci.high).toBeCloseTo(type7(values, 0.975), 12);
    }
  });

  it('uses only the first `count` draws', () => {
    const ci = percentileInterval(Float64Array.from([1, 2, 3, 100]), 3)!;
    expect(ci.high).toBeLessThanOrEqual(3);
  });

  it('TailInterval gives the same interval as quickselect when values are pushed one by one', () => {
    const random = mulberry32(12);
    const values = Array.from({ length: 200 }, () => random());
    const tails = new TailInterval(200);
    values.forEach((v) => tails.push(v));
    const draws = Float64Array.from(values);
    expect(tails.interval().low).toBeCloseTo(quantileInPlace(draws, 0, 200, 0.025), 14);
    expect(tails.interval().high).toBeCloseTo(quantileInPlace(draws, 0, 200, 0.975), 14);
    expect(TailInterval.fits(200)).toBe(true);
    expect(TailInterval.fits(5000)).toBe(false);
  });
});

describe('resamplePlan(n, resamples, seed)', () => {
  it('draws resamples x n indices in 0..n-1, the same for the same seed', () => {
    const plan = resamplePlan(5, 200, 1);
    expect(plan).toHaveLength(1000);
    expect(Math.max(...plan)).toBe(4);
    expect(Math.min(...plan)).toBe(0);
    expect(resamplePlan(5, 200, 1)).toEqual(plan);
    expect(resamplePlan(5, 200, 2)).not.toEqual(plan);
  });

  it('rejects sizes it cannot index', () => {
    expect(() => resamplePlan(70000, 1, 1)).toThrow('resample size 70000 out of range');
  });
});
