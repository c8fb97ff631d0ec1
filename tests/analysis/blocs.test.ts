import { describe, expect, it } from 'vitest';
import { agreementMatrix } from '../../src/analysis/agreement-matrix';
import { agreementDistances, MISSING_DISTANCE } from '../../src/analysis/agreement-distance';
import { clusterBlocs, cutBlocs } from '../../src/analysis/blocs';
import { observationsFromDataset } from '../../src/analysis/observations';
import { sessionWindow } from '../../src/analysis/session-window';
import { syntheticDataset } from '../../src/analysis/synthetic';
import { upgma } from '../../src/analysis/upgma';
import { positionsInWindow } from '../../src/analysis/window-positions';
import { matrixOf } from './matrix-fixture';

function square(n: number, entries: Record<string, number>): Float64Array {
  const d = new Float64Array(n * n);
  for (const [key, v] of Object.entries(entries)) {
    const [i, j] = key.split('-').map(Number) as [number, number];
    d[i * n + j] = v;
    d[j * n + i] = v;
  }
  return d;
}

describe('upgma(labels, distances)', () => {
  it('merges the closest clusters at their average distance (hand case)', () => {
    // A-B 2, C-D 4; then AB-CD = mean(6, 8, 10, 12) = 9
    const d = square(4, { '0-1': 2, '0-2': 6, '1-2': 8, '0-3': 10, '1-3': 12, '2-3': 4 });
    const tree = upgma(['A', 'B', 'C', 'D'], d);
    expect(tree.merges).toEqual([
      { left: 0, right: 1, height: 2, size: 2 },
      { left: 2, right: 3, height: 4, size: 2 },
      { left: 4, right: 5, height: 9, size: 4 },
    ]);
    expect(tree.order).toEqual([0, 1, 2, 3]);
  });

  it('breaks ties by label, whatever the input order', () => {
    const d = square(3, { '0-1': 1, '0-2': 1, '1-2': 1 });
    const tree = upgma(['CCC', 'AAA', 'BBB'], d);
    expect(tree.merges[0]).toMatchObject({ left: 1, right: 2 }); // AAA with BBB first
    expect(tree.merges[1]).toMatchObject({ left: 3, right: 0, height: 1 });
    expect(tree.order).toEqual([1, 2, 0]); // AAA, BBB, CCC
  });

  it('handles a single leaf and none', () => {
    expect(upgma(['A'], new Float64Array(1))).toEqual({ merges: [], order: [0] });
    expect(upgma([], new Float64Array(0))).toEqual({ merges: [], order: [] });
  });

  it('rejects a distance matrix of the wrong size', () => {
    expect(() => upgma(['A', 'B'], new Float64Array(3))).toThrow('upgma: 3 distances for 2 labels');
  });
});

describe('agreementDistances(matrix)', () => {
  it('is 1 - CA, with CA clamped to [-1, 1], and 1 for pairs without CA', () => {
    const d = agreementDistances(matrixOf(['AAA', 'BBB', 'CCC'], { 'AAA-BBB': 0.75, 'AAA-CCC': -3, 'BBB-CCC': undefined }));
    expect(Array.from(d.values)).toEqual([0, 0.25, 2, 0.25, 0, MISSING_DISTANCE, 2, MISSING_DISTANCE, 0]);
  });

  it('treats pairs sharing fewer than minShared issues as missing', () => {
    const d = agreementDistances(matrixOf(['AAA', 'BBB'], { 'AAA-BBB': 0.9 }, { shared: 2 }));
    expect(d.values[1]).toBe(1);
  });

  it('leaves out actors positioned on fewer than minIssues issues, listing them', () => {
    const d = agreementDistances(matrixOf(['AAA', 'BBB', 'CCC'], { 'AAA-BBB': 0.9 }, { positionedOn: { CCC: 2 } }));
    expect(d.actors).toEqual(['AAA', 'BBB']);
    expect(d.excluded).toEqual(['CCC']);
  });
});

describe('clusterBlocs(matrix) and cutBlocs(tree, cut)', () => {
  const matrix = matrixOf(['DDD', 'AAA', 'CCC', 'BBB', 'EEE'], {
    'AAA-BBB': 0.9,
    'CCC-DDD': 0.8,
    'AAA-CCC': -0.5, 'AAA-DDD': -0.5, 'BBB-CCC': -0.5, 'BBB-DDD': -0.5,
    // EEE: no CA with anyone -> distance 1 to all
  });
  const tree = clusterBlocs(matrix);

  it('returns the merge tree over actors sorted by code and a leaf order for the heatmap', () => {
    expect(tree.actors).toEqual(['AAA', 'BBB', 'CCC', 'DDD', 'EEE']);
    // AB at 0.1, CD at 0.2, then EEE joins AB on a tie at 1 (AAA < CCC), then (2 x 1.5 + 1) / 3
    const heights = tree.merges.map((m) => m.height);
    [0.1, 0.2, 1, 4 / 3].forEach((h, k) => expect(heights[k]).toBeCloseTo(h, 12));
    expect(tree.order).toEqual(['AAA', 'BBB', 'EEE', 'CCC', 'DDD']);
  });

  it('cuts into k blocs, listed in leaf order', () => {
    expect(cutBlocs(tree, { k: 2 })).toEqual([['AAA', 'BBB', 'EEE'], ['CCC', 'DDD']]);
    expect(cutBlocs(tree, { k: 3 })).toEqual([['AAA', 'BBB'], ['EEE'], ['CCC', 'DDD']]);
    expect(cutBlocs(tree, { k: 1 })).toEqual([['AAA', 'BBB', 'EEE', 'CCC', 'DDD']]);
    expect(cutBlocs(tree, { k: 99 })).toHaveLength(5);
  });

  it('cuts at a height, keeping merges at or below it', () => {
    expect(cutBlocs(tree, { height: 0.15 })).toEqual([['AAA', 'BBB'], ['EEE'], ['CCC'], ['DDD']]);
    expect(cutBlocs(tree, { height: 0.5 })).toEqual([['AAA', 'BBB'], ['EEE'], ['CCC', 'DDD']]);
  });

  it('recovers the two blocs of the synthetic generator in an early window', () => {
    for (const seed of [1, 2, 3]) {
      const { dataset, blocs } = syntheticDataset({ delegations: 60, seed, coverage: 0.6 });
      const positions = positionsInWindow(observationsFromDataset(dataset), sessionWindow(0, 2));
      const found = cutBlocs(clusterBlocs(agreementMatrix(positions, dataset.issues, { resamples: 0 })), { k: 2 });
      const asSets = (list: ReadonlyArray<readonly string[]>) => list.map((b) => [...b].sort().join(' ')).sort();
      expect(asSets(found)).toEqual(asSets(blocs));
    }
  });

  it('is deterministic: the same matrix gives the same tree', () => {
    expect(clusterBlocs(matrix)).toEqual(tree);
  });
});
