import { describe, expect, it } from 'vitest';
import { classicalMds, mdsFromDistances, type MdsMap } from '../../src/analysis/mds';
import { topEigenpairs } from '../../src/analysis/power-iteration';
import { procrustes2d, procrustesAlign } from '../../src/analysis/procrustes';
import { sessionWindow } from '../../src/analysis/session-window';
import { mapTrajectories } from '../../src/analysis/trajectories';
import { actorCode } from '../../src/shared/ids';
import { matrixOf } from './matrix-fixture';

// A 3 x 1 rectangle and its centre: distinct eigenvalues, so the axes are well defined.
const points: Array<[number, number]> = [[0, 0], [3, 0], [0, 1], [3, 1], [1.5, 0.5]];
function distancesOf(ps: Array<readonly [number, number]>): Float64Array {
  const n = ps.length;
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) d[i * n + j] = Math.hypot(ps[i]![0] - ps[j]![0], ps[i]![1] - ps[j]![1]);
  return d;
}

describe('topEigenpairs(matrix, n, count)', () => {
  it('returns the algebraically largest eigenvalues even when a negative one dominates', () => {
    const m = Float64Array.from([-5, 0, 0, 0, 2, 0, 0, 0, 1]);
    const pairs = topEigenpairs(m, 3, 2);
    expect(pairs[0]!.value).toBeCloseTo(2, 8);
    expect(pairs[1]!.value).toBeCloseTo(1, 8);
    expect(Math.abs(pairs[0]!.vector[1]!)).toBeCloseTo(1, 8);
  });

  it('normalises the sign: the largest entry of each eigenvector is positive', () => {
    const m = Float64Array.from([2, 1, 1, 2]); // eigenvectors (1, 1)/sqrt2 and (1, -1)/sqrt2
    const [first, second] = topEigenpairs(m, 2, 2);
    expect(first!.value).toBeCloseTo(3, 8);
    expect(first!.vector[0]).toBeGreaterThan(0);
    expect(second!.vector[0]).toBeGreaterThan(0); // tie in magnitude: the first entry wins
  });
});

describe('mdsFromDistances(n, distances): classical (Torgerson) MDS', () => {
  it('recovers a planar configuration up to rotation: all distances are reproduced', () => {
    const { x, y, eigenvalues } = mdsFromDistances(points.length, distancesOf(points));
    const recovered = Array.from(x, (xi, i) => [xi, y[i]!] as const);
    const d0 = distancesOf(points);
    const d1 = distancesOf(recovered);
    d0.forEach((v, k) => expect(d1[k]).toBeCloseTo(v, 6));
    expect(eigenvalues[0]).toBeGreaterThan(eigenvalues[1]);
  });

  it('puts the long side of the rectangle on the first axis, centred at the origin', () => {
    const { x, y } = mdsFromDistances(points.length, distancesOf(points));
    expect(Math.max(...x) - Math.min(...x)).toBeCloseTo(3, 6);
    expect(Math.max(...y) - Math.min(...y)).toBeCloseTo(1, 6);
    expect(x.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 8);
  });

  it('is deterministic', () => {
    const a = mdsFromDistances(points.length, distancesOf(points));
    const b = mdsFromDistances(points.length, distancesOf(points));
    expect(Array.from(b.x)).toEqual(Array.from(a.x));
    expect(Array.from(b.y)).toEqual(Array.from(a.y));
  });

  it('copes with an empty map and a single point', () => {
    expect(mdsFromDistances(0, new Float64Array(0)).x).toHaveLength(0);
    expect(Array.from(mdsFromDistances(1, new Float64Array(1)).x)).toEqual([0]);
  });
});

describe('classicalMds(matrix)', () => {
  it('maps two blocs apart on the first axis, using distance 1 - CA', () => {
    const matrix = matrixOf(['AAA', 'BBB', 'CCC', 'DDD'], {
      'AAA-BBB': 0.9, 'CCC-DDD': 0.9, 'AAA-CCC': -0.6, 'AAA-DDD': -0.6, 'BBB-CCC': -0.6, 'BBB-DDD': -0.5,
    });
    const map = classicalMds(matrix);
    const x = Object.fromEntries(map.points.map((p) => [p.actor, p.x]));
    expect(Math.sign(x.AAA!)).toBe(Math.sign(x.BBB!));
    expect(Math.sign(x.CCC!)).toBe(Math.sign(x.DDD!));
    expect(Math.sign(x.AAA!)).not.toBe(Math.sign(x.CCC!));
    expect(map.points.map((p) => p.actor)).toEqual(['AAA', 'BBB', 'CCC', 'DDD']);
  });
});

describe('procrustes2d(points, targets) and procrustesAlign(reference, map)', () => {
  const rotate = (t: number) => (p: readonly [number, number]) => [p[0] * Math.cos(t) - p[1] * Math.sin(t), p[0] * Math.sin(t) + p[1] * Math.cos(t)] as const;

  it('finds the rotation that lays a rotated copy back on the original', () => {
    const turned = points.map(rotate(Math.PI / 6));
    const [r11, r12, r21, r22] = procrustes2d(turned, points);
    turned.forEach(([x, y], i) => {
      expect(x * r11 + y * r21).toBeCloseTo(points[i]![0], 10);
      expect(x * r12 + y * r22).toBeCloseTo(points[i]![1], 10);
    });
    expect(r11 * r22 - r12 * r21).toBeCloseTo(1, 12); // a rotation
  });

  it('finds the reflection that undoes a flipped axis', () => {
    const flipped = points.map(([x, y]) => [-x, y] as const);
    const [r11, r12, r21, r22] = procrustes2d(flipped, points);
    expect(r11 * r22 - r12 * r21).toBeCloseTo(-1, 12);
    flipped.forEach(([x, y], i) => expect(x * r11 + y * r21).toBeCloseTo(points[i]![0], 10));
  });

  it('aligns maps by actor and leaves a map with fewer than two shared actors alone', () => {
    const make = (ps: ReadonlyArray<readonly [number, number]>, names: string[]): MdsMap => ({
      window: sessionWindow(1, 1),
      points: ps.map(([x, y], i) => ({ actor: actorCode(names[i]!), x, y })),
      excluded: [],
      eigenvalues: [1, 1],
    });
    const names = ['AAA', 'BBB', 'CCC', 'DDD', 'EEE'];
    const reference = make(points, names);
    const aligned = procrustesAlign(reference, make(points.map(([x, y]) => [x, -y] as const), names));
    aligned.points.forEach((p, i) => expect(p.y).toBeCloseTo(points[i]![1], 10));
    const lonely = make([[1, 2]], ['ZZZ']);
    expect(procrustesAlign(reference, lonely)).toBe(lonely);
  });
});

describe('mapTrajectories(matrices)', () => {
  const ca = { 'AAA-BBB': 0.9, 'CCC-DDD': 0.7, 'AAA-CCC': -0.4, 'AAA-DDD': -0.6, 'BBB-CCC': -0.5, 'BBB-DDD': -0.2 };
  const first = matrixOf(['AAA', 'BBB', 'CCC', 'DDD'], ca, { window: sessionWindow(1, 1) });
  const second = matrixOf(['AAA', 'BBB', 'CCC', 'DDD'], ca, { window: sessionWindow(2, 2) });

  it('gives each actor a path through the windows, labelled by window', () => {
    const { trajectories } = mapTrajectories([first, second]);
    expect(trajectories.map((t) => t.actor)).toEqual(['AAA', 'BBB', 'CCC', 'DDD']);
    expect(trajectories[0]!.points.map((p) => p.label)).toEqual(['S1-S1', 'S2-S2']);
  });

  it('does not move anyone between windows when nothing changed (aligned, no flip)', () => {
    const { trajectories } = mapTrajectories([first, second]);
    for (const t of trajectories) {
      expect(t.points[1]!.x).toBeCloseTo(t.points[0]!.x, 8);
      expect(t.points[1]!.y).toBeCloseTo(t.points[0]!.y, 8);
    }
  });

  it('aligns a window whose raw map comes out flipped back onto the previous one', () => {
    // Tightening CCC-DDD and loosening AAA-BBB flips the second axis of the raw map.
    const shifted = matrixOf(['AAA', 'BBB', 'CCC', 'DDD'], { ...ca, 'CCC-DDD': 0.95, 'AAA-BBB': 0.6 }, { window: sessionWindow(2, 2) });
    const { maps } = mapTrajectories([first, shifted]);
    const raw = classicalMds(shifted);
    const at = (map: MdsMap, actor: string) => map.points.find((p) => p.actor === actor)!;
    const before = at(maps[0]!, 'AAA');
    const after = at(maps[1]!, 'AAA');
    expect(Math.sign(at(raw, 'AAA').y)).not.toBe(Math.sign(before.y)); // raw: flipped
    expect(Math.sign(after.y)).toBe(Math.sign(before.y)); // aligned: not
    expect(Math.sign(after.x)).toBe(Math.sign(before.x));
    expect(Math.hypot(after.x, after.y)).toBeCloseTo(Math.hypot(at(raw, 'AAA').x, at(raw, 'AAA').y), 10);
  });
});
