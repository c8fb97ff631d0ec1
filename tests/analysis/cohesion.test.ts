import { describe, expect, it } from 'vitest';
import { agreementIndex, cohesion, groupCohesion } from '../../src/analysis/cohesion';
import { codes, groups, lbi, room, veto } from './fixtures';

describe('agreementIndex(counts, k): Hix-Noury-Roland, AI = (k max - N) / ((k - 1) N)', () => {
  it('gives 0.4 for 6 / 3 / 1 members over three positions (hand-computed: (18 - 10) / 20)', () => {
    expect(agreementIndex([6, 3, 1], 3)).toBeCloseTo(0.4, 12);
  });

  it('equals HNR\'s original (max - (N - max) / 2) / N when k = 3', () => {
    for (const counts of [[6, 3, 1], [4, 4, 2], [10, 0, 0], [1, 1, 1]]) {
      const N = counts.reduce((s, c) => s + c, 0);
      const max = Math.max(...counts);
      expect(agreementIndex(counts, 3)).toBeCloseTo((max - (N - max) / 2) / N, 12);
    }
  });

  it('is 1 when all agree and 0 when members spread evenly over the k positions', () => {
    expect(agreementIndex([5, 0], 2)).toBe(1);
    expect(agreementIndex([2, 2, 2], 3)).toBe(0);
    expect(agreementIndex([3, 1], 2)).toBe(0.5);
  });

  it('is undefined, not NaN, when no member is positioned', () => {
    expect(agreementIndex([0, 0], 2)).toBeUndefined();
    expect(agreementIndex([], 2)).toBeUndefined();
  });

  it('raises k to the number of distinct positions held, so AI stays >= 0; one position gives 1', () => {
    expect(agreementIndex([1, 1, 1, 1], 2)).toBe(0);
    expect(agreementIndex([3], 1)).toBe(1);
  });
});

describe('cohesion(positions, issue, members)', () => {
  const positions = room(
    {
      DEU: { [veto.id]: 'oppose', [lbi.id]: 'oppose' },
      FRA: { [veto.id]: 'oppose' },
      NLD: { [veto.id]: 'support' },
      POL: { [lbi.id]: 'oppose' },
      RUS: { [veto.id]: 'support' }, // not a member
    },
    [veto, lbi],
  );
  const eu = codes(['DEU', 'FRA', 'NLD', 'POL', 'ITA']);

  it('counts only members positioned on the issue: 2 oppose, 1 support of 3 -> (2 x 2 - 3) / 3', () => {
    expect(cohesion(positions, veto, eu)).toEqual({ issue: veto.id, ai: 1 / 3, n: 3, k: 2, largest: 2 });
  });

  it('uses the number of codebook positions as k: 3 on legally-binding-instrument', () => {
    expect(cohesion(positions, lbi, eu)).toMatchObject({ ai: 1, n: 2, k: 3 });
  });

  it('gives every issue in order with groupCohesion, undefined where no member speaks', () => {
    const result = groupCohesion(positions, [veto, lbi, groups], eu);
    expect(result.map((c) => c.ai)).toEqual([1 / 3, 1, undefined]);
    expect(result[2]!.n).toBe(0);
  });

  it('treats each value of the numeric issue as its own position', () => {
    const numeric = room(
      Object.fromEntries([2, 3, 3, 5, 6, 8].map((v, i) => [`M${i}`, { [groups.id]: ['value', v] as const }])),
      [groups],
    );
    // five distinct values > 4 codebook positions: k = 5; max 2 of 6 -> (10 - 6) / 24
    expect(cohesion(numeric, groups, codes(['M0', 'M1', 'M2', 'M3', 'M4', 'M5']))).toMatchObject({ k: 5, ai: 1 / 6, largest: 2 });
  });
});
