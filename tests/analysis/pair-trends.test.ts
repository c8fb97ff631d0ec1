import { describe, expect, it } from 'vitest';
import { agreementMatrix, pairOf } from '../../src/analysis/agreement-matrix';
import { observationsFromDataset } from '../../src/analysis/observations';
import { pairTrends } from '../../src/analysis/pair-trends';
import { sessionWindow } from '../../src/analysis/session-window';
import { syntheticDataset } from '../../src/analysis/synthetic';
import { positionsInWindow } from '../../src/analysis/window-positions';
import { format, lbi, room, veto } from './fixtures';

const issues = [lbi, veto, format];
const early = room(
  {
    AAA: { [lbi.id]: 'support', [veto.id]: 'support', [format.id]: 'hybrid' },
    BBB: { [lbi.id]: 'oppose', [veto.id]: 'oppose', [format.id]: 'in-person' },
    CCC: { [lbi.id]: 'support', [veto.id]: 'oppose', [format.id]: 'hybrid' },
  },
  issues,
  sessionWindow(1, 1),
);
const late = room(
  {
    AAA: { [lbi.id]: 'support', [veto.id]: 'support', [format.id]: 'hybrid' },
    BBB: { [lbi.id]: 'support', [veto.id]: 'oppose', [format.id]: 'hybrid' },
    CCC: { [lbi.id]: 'oppose', [veto.id]: 'oppose', [format.id]: 'in-person' },
  },
  issues,
  sessionWindow(2, 2),
);

describe('pairTrends(before, after, issues)', () => {
  // Every issue has E = 5/9 in both windows (two positions held 2:1), so CA = (A - 5/9) / (4/9):
  //   AAA-BBB agree on 0 then 2 of 3 issues: -5/4 -> 1/4   (+3/2)
  //   AAA-CCC agree on 2 then 0 of 3:          1/4 -> -5/4  (-3/2)
  //   BBB-CCC agree on 1 of 3 both times:     -1/2 -> -1/2  (0)
  const trends = pairTrends(early, late, issues);

  it('gives each pair its CA in both windows and the change (hand-computed)', () => {
    const byPair = Object.fromEntries(trends.pairs.map((p) => [`${p.a}-${p.b}`, [p.before, p.after, p.change]]));
    expect(byPair['AAA-BBB']![0]).toBeCloseTo(-5 / 4, 12);
    expect(byPair['AAA-BBB']![1]).toBeCloseTo(1 / 4, 12);
    expect(byPair['AAA-BBB']![2]).toBeCloseTo(3 / 2, 12);
    expect(byPair['AAA-CCC']![2]).toBeCloseTo(-3 / 2, 12);
    expect(byPair['BBB-CCC']![2]).toBeCloseTo(0, 12);
  });

  it('agrees with agreementMatrix in each window', () => {
    const ab = trends.pairs.find((p) => p.a === 'AAA' && p.b === 'BBB')!;
    expect(ab.before).toBeCloseTo(pairOf(agreementMatrix(early, issues), ab.a, ab.b)!.chanceCorrected!, 12);
    expect(ab.after).toBeCloseTo(pairOf(agreementMatrix(late, issues), ab.a, ab.b)!.chanceCorrected!, 12);
  });

  it('lists converging pairs largest change first and diverging pairs most negative first; no change is in neither', () => {
    expect(trends.converging.map((p) => `${p.a}-${p.b}`)).toEqual(['AAA-BBB']);
    expect(trends.diverging.map((p) => `${p.a}-${p.b}`)).toEqual(['AAA-CCC']);
  });

  it('gives each change an interval from a paired bootstrap over issues, repeatable for a seed', () => {
    for (const p of trends.pairs) {
      expect(p.interval!.low).toBeLessThanOrEqual(p.interval!.high);
    }
    expect(pairTrends(early, late, issues).pairs).toEqual(trends.pairs);
  });

  it('leaves out pairs without CA in either window', () => {
    const silent = room({ AAA: { [lbi.id]: 'support' }, BBB: { [veto.id]: 'support' } }, issues);
    expect(pairTrends(silent, late, issues).pairs).toEqual([]);
  });

  it('finds the cross-bloc pairs of the synthetic data converging, many with an interval above zero', () => {
    const { dataset, blocs } = syntheticDataset({ delegations: 40, seed: 2 });
    const observations = observationsFromDataset(dataset);
    const result = pairTrends(
      positionsInWindow(observations, sessionWindow(0, 2)),
      positionsInWindow(observations, sessionWindow(9, 11)),
      dataset.issues,
    );
    const first = new Set<string>(blocs[0]);
    const cross = result.pairs.filter((p) => first.has(p.a) !== first.has(p.b));
    const mean = cross.reduce((s, p) => s + p.change, 0) / cross.length;
    expect(mean).toBeGreaterThan(0.3);
    expect(cross.filter((p) => p.significant && p.change > 0).length).toBeGreaterThan(cross.length / 5);
    expect(result.converging[0]!.change).toBeGreaterThanOrEqual(result.converging[1]!.change);
  });
});
