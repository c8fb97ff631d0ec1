import { describe, expect, it } from 'vitest';
import { agreementMatrix, pairOf } from '../../src/analysis/agreement-matrix';
import { encodeWindow } from '../../src/analysis/encoded-window';
import { MIN_SHARED_ISSUES } from '../../src/analysis/pair-kernel';
import { pairAgreement } from '../../src/analysis/pair-agreement';
import { DEFAULT_RESAMPLES, DEFAULT_SEED, resamplePlan } from '../../src/analysis/resample-plan';
import { observationsFromDataset } from '../../src/analysis/observations';
import { sessionWindow } from '../../src/analysis/session-window';
import { syntheticDataset } from '../../src/analysis/synthetic';
import { positionsInWindow, type WindowPositions } from '../../src/analysis/window-positions';
import type { Issue } from '../../src/shared/dataset-schema';
import { A, dataset, format, groups, lbi, room, stance, statement, veto } from './fixtures';

// The hand-computed room (session 1):
//                    AAA      BBB      CCC      DDD
//   lbi (+1/0/-1)    support  open     oppose   support   E = .25 + .0625 + .0625 + 2(.5)(.25)(.5) + 2(.25)(.25)(.5) = .5625
//   veto (+1/-1)     support  support  oppose   oppose    E = .5
//   format (+1/-1)   hybrid   hybrid   hybrid   in-person E = .75^2 + .25^2 = .625
const issues = [lbi, veto, format];
const hand = room(
  {
    AAA: { [lbi.id]: 'support', [veto.id]: 'support', [format.id]: 'hybrid' },
    BBB: { [lbi.id]: 'open', [veto.id]: 'support', [format.id]: 'hybrid' },
    CCC: { [lbi.id]: 'oppose', [veto.id]: 'oppose', [format.id]: 'hybrid' },
    DDD: { [lbi.id]: 'support', [veto.id]: 'oppose', [format.id]: 'in-person' },
  },
  issues,
);

describe('pairAgreement(positions, issues, a, b)', () => {
  it('is undefined when they share no issue, never 0', () => {
    const apart = room({ AAA: { [lbi.id]: 'support' }, BBB: { [veto.id]: 'support' } }, issues);
    const pair = pairAgreement(apart, issues, A('AAA'), A('BBB'));
    expect(pair).toMatchObject({ shared: 0, agreement: undefined, chanceCorrected: undefined, expected: undefined, insufficient: true });
    expect(pair.agreementInterval).toBeUndefined();
    expect(pair.chanceCorrectedInterval).toBeUndefined();
  });

  it('is undefined for a delegation that holds no position in the window', () => {
    expect(pairAgreement(hand, issues, A('AAA'), A('ZZZ')).agreement).toBeUndefined();
  });

  it('gives raw agreement A as the mean of issue-level agreements: (0.5 + 1 + 1) / 3 for AAA-BBB', () => {
    const pair = pairAgreement(hand, issues, A('AAA'), A('BBB'));
    expect(pair.shared).toBe(3);
    expect(pair.agreement).toBeCloseTo(5 / 6, 12);
  });

  it('gives E as the mean over shared issues of the room\'s chance agreement: (.5625 + .5 + .625) / 3', () => {
    expect(pairAgreement(hand, issues, A('AAA'), A('BBB')).expected).toBeCloseTo(0.5625, 12);
  });

  it('gives CA = (A - E) / (1 - E): 13/21 for AAA-BBB and -11/21 for AAA-CCC', () => {
    expect(pairAgreement(hand, issues, A('AAA'), A('BBB')).chanceCorrected).toBeCloseTo(13 / 21, 12);
    expect(pairAgreement(hand, issues, A('AAA'), A('CCC')).chanceCorrected).toBeCloseTo(-11 / 21, 12);
  });

  it('gives the Wilson 95% interval of A, treating A x n as successes', () => {
    const ci = pairAgreement(hand, issues, A('AAA'), A('BBB')).agreementInterval!;
    // p = 5/6, n = 3: centre (p + z^2/6) / (1 + z^2/3), half-width z/(1 + z^2/3) sqrt(p(1-p)/3 + z^2/36)
    const z = 1.959963984540054;
    const d = 1 + (z * z) / 3;
    const centre = (5 / 6 + (z * z) / 6) / d;
    const half = (z / d) * Math.sqrt((5 / 6) * (1 / 6) / 3 + (z * z) / 36);
    expect(ci.low).toBeCloseTo(centre - half, 12);
    expect(ci.high).toBeCloseTo(centre + half, 12);
  });

  it('is symmetric in a and b', () => {
    const ab = pairAgreement(hand, issues, A('AAA'), A('DDD'));
    const ba = pairAgreement(hand, issues, A('DDD'), A('AAA'));
    expect({ ...ba, a: ab.a, b: ab.b }).toEqual(ab);
  });

  it('leaves CA undefined (not NaN) when the whole room holds one position (E = 1), raw agreement still 1', () => {
    const unanimous = room(
      Object.fromEntries(['AAA', 'BBB', 'CCC'].map((a) => [a, { [lbi.id]: 'support', [veto.id]: 'oppose', [format.id]: 'hybrid' }])),
      issues,
    );
    const pair = pairAgreement(unanimous, issues, A('AAA'), A('BBB'));
    expect(pair.expected).toBe(1);
    expect(pair.agreement).toBe(1);
    expect(pair.chanceCorrected).toBeUndefined();
    expect(pair.chanceCorrectedInterval).toBeUndefined();
  });

  it(`marks pairs sharing fewer than ${MIN_SHARED_ISSUES} issues insufficient but still gives their values`, () => {
    const thin = room({ AAA: { [lbi.id]: 'support', [veto.id]: 'support' }, BBB: { [lbi.id]: 'oppose', [veto.id]: 'support' } }, issues);
    const pair = pairAgreement(thin, issues, A('AAA'), A('BBB'));
    expect(pair).toMatchObject({ shared: 2, insufficient: true, agreement: 0.5 });
    expect(pairAgreement(hand, issues, A('AAA'), A('BBB')).insufficient).toBe(false);
  });

  it('gives a bootstrap interval of CA that repeats for a seed, contains the estimate here, and moves with the seed', () => {
    const a = pairAgreement(hand, issues, A('AAA'), A('DDD'));
    const again = pairAgreement(hand, issues, A('AAA'), A('DDD'));
    expect(again.chanceCorrectedInterval).toEqual(a.chanceCorrectedInterval);
    expect(a.chanceCorrectedInterval!.low).toBeLessThanOrEqual(a.chanceCorrected!);
    expect(a.chanceCorrectedInterval!.high).toBeGreaterThanOrEqual(a.chanceCorrected!);
    const other = pairAgreement(hand, issues, A('AAA'), A('DDD'), { seed: 99 });
    expect(other.chanceCorrected).toBe(a.chanceCorrected);
    expect(other.chanceCorrectedInterval).not.toEqual(a.chanceCorrectedInterval);
  });

  it('gives no CA interval with resamples: 0', () => {
    expect(pairAgreement(hand, issues, A('AAA'), A('BBB'), { resamples: 0 }).chanceCorrectedInterval).toBeUndefined();
  });
});

describe('pairAgreement: joint statements', () => {
  // DEU and FRA co-sign one joint statement giving both a position on three issues.
  const jointData = dataset({
    statements: [statement('joint#1', ['DEU', 'FRA']), statement('pol#1', ['POL']), statement('deu#1', ['DEU'])],
    stances: [
      ...[lbi, veto, format].map((issue) => stance('joint#1', ['DEU', 'FRA'], issue, issue === format ? 'hybrid' : 'oppose')),
      ...[lbi, veto, format].map((issue) => stance('pol#1', ['POL'], issue, issue === format ? 'hybrid' : 'oppose')),
    ],
  });

  it('flags a pair joined only by one joint statement as jointOnly', () => {
    const positions = positionsInWindow(observationsFromDataset(jointData), sessionWindow(1, 1));
    const pair = pairAgreement(positions, issues, A('DEU'), A('FRA'));
    expect(pair).toMatchObject({ shared: 3, agreement: 1, jointOnly: true });
  });

  it('does not flag pairs with independent evidence', () => {
    const positions = positionsInWindow(observationsFromDataset(jointData), sessionWindow(1, 1));
    expect(pairAgreement(positions, issues, A('DEU'), A('POL')).jointOnly).toBe(false);
  });

  it('does not flag the pair once one of them also says so on its own on a shared issue', () => {
    const data = { ...jointData, stances: [...jointData.stances, stance('deu#1', ['DEU'], veto, 'oppose')] };
    const positions = positionsInWindow(observationsFromDataset(data), sessionWindow(1, 1));
    expect(pairAgreement(positions, issues, A('DEU'), A('FRA')).jointOnly).toBe(false);
  });
});

/** The CA interval by plain resampling of the shared issues with the same plan. */
function referenceInterval(positions: WindowPositions, issues: Issue[], i: number, j: number) {
  const enc = encodeWindow(positions, issues);
  const T = issues.length;
  const x: number[] = [];
  const e: number[] = [];
  for (let t = 0; t < T; t++) {
    const ci = enc.codes[i * T + t]!;
    const cj = enc.codes[j * T + t]!;
    if (ci < 0 || cj < 0) continue;
    x.push(enc.tables[enc.tableOffset[t]! + ci * enc.tableSize[t]! + cj]!);
    e.push(enc.expected[t]!);
  }
  const n = x.length;
  const plan = resamplePlan(n, DEFAULT_RESAMPLES, DEFAULT_SEED);
  const draws: number[] = [];
  for (let r = 0; r < DEFAULT_RESAMPLES; r++) {
    let sx = 0;
    let se = 0;
    for (let k = 0; k < n; k++) {
      sx += x[plan[r * n + k]!]!;
      se += e[plan[r * n + k]!]!;
    }
    if (n - se > 1e-12 * n) draws.push((sx - se) / (n - se));
  }
  draws.sort((p, q) => p - q);
  const q = (p: number) => {
    const h = (draws.length - 1) * p;
    const k = Math.floor(h);
    return draws[k]! + ((draws[k + 1] ?? draws[k]!) - draws[k]!) * (h - k);
  };
  return { actors: [enc.actors[i]!, enc.actors[j]!] as const, low: q(0.025), high: q(0.975) };
}

describe('pairAgreement: bootstrap of CA', () => {
  it('equals a plain resampling of the shared issues with the same plan (reference implementation)', () => {
    const { dataset: data } = syntheticDataset({ delegations: 12, seed: 4 });
    const positions = positionsInWindow(observationsFromDataset(data), sessionWindow(0, 3));
    for (const [i, j] of [[0, 1], [2, 7], [5, 11]] as const) {
      const reference = referenceInterval(positions, data.issues, i, j);
      const pair = pairAgreement(positions, data.issues, ...reference.actors);
      expect(pair.chanceCorrectedInterval!.low).toBeCloseTo(reference.low, 10);
      expect(pair.chanceCorrectedInterval!.high).toBeCloseTo(reference.high, 10);
    }
  });

  it('still equals it with more issues than the lookup tables unroll (35 issues)', () => {
    const { dataset: data } = syntheticDataset({ delegations: 6, issues: 35, seed: 8, coverage: 0.7 });
    const positions = positionsInWindow(observationsFromDataset(data), sessionWindow(0, 5));
    const reference = referenceInterval(positions, data.issues, 1, 4);
    const pair = pairAgreement(positions, data.issues, ...reference.actors);
    expect(pair.shared).toBeGreaterThan(20);
    expect(pair.chanceCorrectedInterval!.low).toBeCloseTo(reference.low, 10);
    expect(pair.chanceCorrectedInterval!.high).toBeCloseTo(reference.high, 10);
  });

  it('leaves out resamples whose chance agreement is 1, as the reference does', () => {
    // lbi: everyone supports (E = 1); veto and format split the room.
    const mixed = room(
      {
        AAA: { [lbi.id]: 'support', [veto.id]: 'support', [format.id]: 'hybrid' },
        BBB: { [lbi.id]: 'support', [veto.id]: 'oppose', [format.id]: 'hybrid' },
        CCC: { [lbi.id]: 'support', [veto.id]: 'oppose', [format.id]: 'in-person' },
      },
      issues,
    );
    const reference = referenceInterval(mixed, issues, 0, 1);
    const pair = pairAgreement(mixed, issues, A('AAA'), A('BBB'));
    expect(pair.chanceCorrectedInterval!.low).toBeCloseTo(reference.low, 10);
    expect(pair.chanceCorrectedInterval!.high).toBeCloseTo(reference.high, 10);
  });
});

describe('agreementMatrix(positions, issues)', () => {
  it('lists every pair once, a < b, row by row', () => {
    const matrix = agreementMatrix(hand, issues);
    expect(matrix.actors).toEqual(['AAA', 'BBB', 'CCC', 'DDD']);
    expect(matrix.pairs.map((p) => `${p.a}-${p.b}`)).toEqual(['AAA-BBB', 'AAA-CCC', 'AAA-DDD', 'BBB-CCC', 'BBB-DDD', 'CCC-DDD']);
    expect(matrix.positionedOn).toEqual([3, 3, 3, 3]);
  });

  it('gives each pair exactly what pairAgreement gives it alone', () => {
    const { dataset: data } = syntheticDataset({ delegations: 15, seed: 2 });
    const positions = positionsInWindow(observationsFromDataset(data), sessionWindow(0, 2));
    const matrix = agreementMatrix(positions, data.issues);
    for (const pair of matrix.pairs.filter((_, k) => k % 7 === 0)) {
      expect(pairAgreement(positions, data.issues, pair.a, pair.b)).toEqual(pair);
    }
  });

  it('gives pairs that agree alike on different issues their own intervals (the matrix reuses an interval only for the same issues)', () => {
    // 24 delegations, each on a subset of the three issues (bits of k % 8): many pairs agree
    // or disagree in the same way, some on the same issues, some on others.
    const said = (issue: Issue, k: number) => {
      if (issue === lbi) return k % 3 === 0 ? 'open' : k % 16 < 8 ? 'support' : 'oppose';
      if (issue === veto) return k < 8 ? 'support' : 'oppose';
      return k % 16 < 8 ? 'hybrid' : 'in-person';
    };
    const table = Object.fromEntries(
      Array.from({ length: 24 }, (_, k) => [
        `D${String(k).padStart(2, '0')}`,
        Object.fromEntries(issues.filter((_, t) => ((k % 8) >> t) & 1).map((issue) => [issue.id, said(issue, k)])),
      ]),
    );
    const positions = room(table, issues);
    const matrix = agreementMatrix(positions, issues);
    for (const pair of matrix.pairs) expect(pairAgreement(positions, issues, pair.a, pair.b)).toEqual(pair);
    // Disagreement on lbi alone and on veto alone: same agreement, other chance agreement.
    const onLbi = pairOf(matrix, A('D01'), A('D13'))!;
    const onVeto = pairOf(matrix, A('D02'), A('D10'))!;
    expect([onLbi.shared, onLbi.agreement, onVeto.shared, onVeto.agreement]).toEqual([1, 0, 1, 0]);
    expect(onLbi.chanceCorrectedInterval).not.toEqual(onVeto.chanceCorrectedInterval);
  });

  it('pairOf(matrix, a, b) finds a pair in either order, and undefined for an absent actor', () => {
    const matrix = agreementMatrix(hand, issues);
    expect(pairOf(matrix, A('DDD'), A('BBB'))).toMatchObject({ a: 'BBB', b: 'DDD' });
    expect(pairOf(matrix, A('AAA'), A('ZZZ'))).toBeUndefined();
  });

  it('keeps pairs that share no issue, with undefined values', () => {
    const matrix = agreementMatrix(room({ AAA: { [lbi.id]: 'support' }, BBB: { [veto.id]: 'oppose' } }, issues), issues);
    expect(matrix.pairs).toHaveLength(1);
    expect(matrix.pairs[0]).toMatchObject({ shared: 0, agreement: undefined, chanceCorrected: undefined });
  });

  it('leaves out positions on issues not asked for', () => {
    const matrix = agreementMatrix(hand, [veto]);
    expect(matrix.pairs[0]).toMatchObject({ shared: 1, agreement: 1 });
  });

  it('compares the numeric issue by value, with flexible agreeing with everyone', () => {
    const numeric = room({ AAA: { [groups.id]: ['value', 2] }, BBB: { [groups.id]: ['value', 6] }, CCC: { [groups.id]: 'flexible' } }, [groups]);
    const matrix = agreementMatrix(numeric, [groups]);
    expect(pairOf(matrix, A('AAA'), A('BBB'))!.agreement).toBe(0.5);
    expect(pairOf(matrix, A('AAA'), A('CCC'))!.agreement).toBe(1);
  });
});
