import { describe, expect, it } from 'vitest';
import { convergence, issueConvergence } from '../../src/analysis/convergence';
import { observationsFromDataset } from '../../src/analysis/observations';
import { sessionWindow } from '../../src/analysis/session-window';
import { syntheticDataset } from '../../src/analysis/synthetic';
import { positionsInWindow } from '../../src/analysis/window-positions';
import { lbi, room, veto } from './fixtures';

const before = room(
  {
    AAA: { [veto.id]: 'support', [lbi.id]: 'support' },
    BBB: { [veto.id]: 'support', [lbi.id]: 'oppose' },
    CCC: { [veto.id]: 'oppose' },
    DDD: { [veto.id]: 'oppose' },
  },
  [veto, lbi],
  sessionWindow(1, 1),
);
const after = room(
  {
    AAA: { [veto.id]: 'support', [lbi.id]: 'support' },
    BBB: { [veto.id]: 'support', [lbi.id]: 'support' },
    CCC: { [veto.id]: 'support' },
    DDD: { [veto.id]: 'support' },
    EEE: { [veto.id]: 'oppose' }, // new voice: not in the panel
  },
  [veto, lbi],
  sessionWindow(2, 2),
);

describe('issueConvergence(before, after, issue)', () => {
  it('compares polarisation on the balanced panel only: 2 vs 2 split (4/6) to unanimity (0)', () => {
    const result = issueConvergence(before, after, veto);
    expect(result).toMatchObject({ issue: veto.id, panel: 4, after: 0 });
    expect(result.before).toBeCloseTo(4 / 6, 12);
    expect(result.change).toBeCloseTo(-4 / 6, 12);
  });

  it('gives an interval from resampling the panel, repeatable for a seed', () => {
    const result = issueConvergence(before, after, veto);
    expect(result.interval!.high).toBeLessThanOrEqual(0);
    expect(issueConvergence(before, after, veto).interval).toEqual(result.interval);
  });

  it('is undefined with a panel below two delegations', () => {
    const result = issueConvergence(room({ AAA: { [veto.id]: 'oppose' } }, [veto]), after, veto);
    expect(result).toMatchObject({ panel: 1, before: undefined, change: undefined, interval: undefined });
  });
});

describe('convergence(before, after, issues)', () => {
  it('averages the change over issues that have a panel, with the panel sizes', () => {
    const result = convergence(before, after, [veto, lbi]);
    expect(result.issues.map((i) => i.panel)).toEqual([4, 2]);
    expect(result.issues[1]!.change).toBe(-1); // AAA and BBB: apart, then together
    expect(result.overall.change).toBeCloseTo((-4 / 6 - 1) / 2, 12);
    expect(result.overall).toMatchObject({ issues: 2, delegations: 4 });
    expect(result.before).toEqual(sessionWindow(1, 1));
  });

  it('reports the convergence between an early and a late window of the synthetic data with an interval that excludes zero', () => {
    const { dataset } = syntheticDataset({ delegations: 60, seed: 3 });
    const observations = observationsFromDataset(dataset);
    const result = convergence(
      positionsInWindow(observations, sessionWindow(0, 2)),
      positionsInWindow(observations, sessionWindow(9, 11)),
      dataset.issues,
    );
    expect(result.overall.change).toBeLessThan(0);
    expect(result.overall.interval!.high).toBeLessThan(0);
    expect(result.overall.interval!.low).toBeLessThan(result.overall.change!);
    expect(result.issues.filter((i) => i.interval!.high < 0).length).toBeGreaterThanOrEqual(12);
  });
});
