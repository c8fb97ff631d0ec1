import { describe, expect, it } from 'vitest';
import { agreementMatrix } from '../../src/analysis/agreement-matrix';
import { agreementEstimates, bootstrapIntervals, withIntervals } from '../../src/analysis/matrix-intervals';
import { observationsFromDataset } from '../../src/analysis/observations';
import { sessionWindow } from '../../src/analysis/session-window';
import { syntheticDataset } from '../../src/analysis/synthetic';
import { positionsInWindow } from '../../src/analysis/window-positions';
import { A, format, lbi, room, veto } from './fixtures';

const { dataset: data } = syntheticDataset({ delegations: 24, seed: 5 });
const positions = positionsInWindow(observationsFromDataset(data), sessionWindow(0, 4));

describe('agreementEstimates(positions, issues)', () => {
  it('has every point value of agreementMatrix, without the bootstrap intervals, flagged intervalsPending', () => {
    const full = agreementMatrix(positions, data.issues);
    const estimates = agreementEstimates(positions, data.issues);
    expect(estimates.intervalsPending).toBe(true);
    expect(estimates.actors).toEqual(full.actors);
    expect(estimates.positionedOn).toEqual(full.positionedOn);
    expect(estimates.pairs.map(({ chanceCorrectedInterval: _, ...p }) => p)).toEqual(
      full.pairs.map(({ chanceCorrectedInterval: _, ...p }) => p),
    );
    expect(estimates.pairs.every((p) => p.chanceCorrectedInterval === undefined)).toBe(true);
  });
});

describe('withIntervals(estimates, bootstrapIntervals(positions, issues))', () => {
  it('equals agreementMatrix(positions, issues), intervals included, and drops the pending flag', () => {
    const merged = withIntervals(agreementEstimates(positions, data.issues), bootstrapIntervals(positions, data.issues));
    expect(merged).toEqual(agreementMatrix(positions, data.issues));
    expect('intervalsPending' in merged).toBe(false);
  });

  it('keeps an undefined interval undefined (NaN in the columns), e.g. a pair sharing no issue', () => {
    const issues = [lbi, veto, format];
    const apart = room({ AAA: { [lbi.id]: 'support' }, BBB: { [veto.id]: 'support' }, CCC: { [lbi.id]: 'oppose' } }, issues);
    const columns = bootstrapIntervals(apart, issues);
    expect(Number.isNaN(columns.low[0]!) && Number.isNaN(columns.high[0]!)).toBe(true); // AAA-BBB, the first pair
    const merged = withIntervals(agreementEstimates(apart, issues), columns);
    expect(merged.pairs.find((p) => p.a === A('AAA') && p.b === A('BBB'))!.chanceCorrectedInterval).toBeUndefined();
    expect(merged).toEqual(agreementMatrix(apart, issues));
  });

  it('leaves the estimates unchanged', () => {
    const estimates = agreementEstimates(positions, data.issues);
    withIntervals(estimates, bootstrapIntervals(positions, data.issues));
    expect(estimates.intervalsPending).toBe(true);
    expect(estimates.pairs.every((p) => p.chanceCorrectedInterval === undefined)).toBe(true);
  });

  it('refuses columns of another window, naming it', () => {
    const other = positionsInWindow(observationsFromDataset(syntheticDataset({ delegations: 5, seed: 2 }).dataset), sessionWindow(0, 4));
    expect(() => withIntervals(agreementEstimates(positions, data.issues), bootstrapIntervals(other, data.issues))).toThrow(/S0-S4/);
  });
});
