import { describe, expect, test } from 'vitest';
import { hashString, Rng, seedOf } from '../../scripts/corpus-generator/prng';

const draws = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.next());

describe('Rng', () => {
  test('the same seed gives the same sequence', () => {
    expect(draws(new Rng(42), 20)).toEqual(draws(new Rng(42), 20));
  });

  test('another seed gives another sequence', () => {
    expect(draws(new Rng(42), 20)).not.toEqual(draws(new Rng(43), 20));
  });

  test('fork(label) is reproducible and independent of draws on the parent', () => {
    const a = new Rng(7);
    const b = new Rng(7);
    draws(b, 100);
    expect(draws(a.fork('doc-3'), 10)).toEqual(draws(b.fork('doc-3'), 10));
    expect(draws(a.fork('doc-3'), 10)).not.toEqual(draws(a.fork('doc-4'), 10));
  });

  test('int(n) stays in [0, n) and between(lo, hi) in [lo, hi]', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 2000; i++) {
      const k = rng.int(7);
      expect(k >= 0 && k < 7 && Number.isInteger(k)).toBe(true);
      const b = rng.between(3, 5);
      expect(b >= 3 && b <= 5).toBe(true);
    }
  });

  test('shuffle returns a permutation and leaves its input alone', () => {
    const input = [1, 2, 3, 4, 5, 6];
    const out = new Rng(9).shuffle(input);
    expect([...out].sort()).toEqual(input);
    expect(input).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('seedOf', () => {
  test('takes decimal integers as they are and hashes other text', () => {
    expect(seedOf('12')).toBe(12);
    expect(seedOf(12)).toBe(12);
    expect(seedOf('oewg')).toBe(hashString('oewg'));
    expect(seedOf('oewg')).not.toBe(seedOf('oewg2'));
  });
});
