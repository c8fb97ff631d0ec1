import { describe, expect, test } from 'vitest';
import { sessionWindow, windowLabel } from '../../src/analysis/session-window';
import type { Trajectory } from '../../src/analysis/trajectories';
import { mapModel, mapTableRows } from '../../src/charts/map/map-model';
import { actorCode } from '../../src/shared/ids';

function path(actor: string, points: Array<[to: number, x: number, y: number]>): Trajectory {
  return {
    actor: actorCode(actor),
    points: points.map(([to, x, y]) => ({ window: sessionWindow(1, to), label: windowLabel(sessionWindow(1, to)), x, y })),
  };
}

const trajectories = [
  path('DEU', [[1, 0, 0], [2, 1, 0], [3, 2, 0]]),
  path('RUS', [[1, 0, 1], [2, 0, 2], [3, 0, 3]]),
  path('KEN', [[2, -1, -1], [3, -2, -2]]),
];

describe('mapModel(trajectories, options)', () => {
  test('cuts each path at the session shown; the current point is the last kept', () => {
    const model = mapModel(trajectories, { upTo: 2 });
    const deu = model.paths.find((p) => p.actor === 'DEU')!;
    expect(deu.points.map((p) => p.window.to)).toEqual([1, 2]);
    expect(deu.current).toMatchObject({ x: 1, y: 0 });
    expect(model).toMatchObject({ upTo: 2, placed: 3, sessions: 2 });
  });

  test('leaves out delegations not yet placed', () => {
    const model = mapModel(trajectories, { upTo: 1 });
    expect(model.paths.map((p) => p.actor)).toEqual(['DEU', 'RUS']);
    expect(model.placed).toBe(2);
  });

  test('the extent covers every session, so the frame holds still in a replay', () => {
    expect(mapModel(trajectories, { upTo: 1 }).extent).toEqual({ x: [-2, 2], y: [-2, 3] });
  });

  test('keeps only the delegations passing the filter, extent included', () => {
    const model = mapModel(trajectories, { upTo: 3, keep: (c) => c !== 'KEN' });
    expect(model.paths.map((p) => p.actor)).toEqual(['DEU', 'RUS']);
    expect(model.extent).toEqual({ x: [0, 2], y: [0, 3] });
  });

  test('chosen delegations are marked and drawn last (on top); names come from nameOf', () => {
    const model = mapModel(trajectories, { upTo: 3, chosen: new Set(['DEU']), nameOf: (c) => (c === 'DEU' ? 'Germany' : c) });
    expect(model.paths.map((p) => [p.actor, p.chosen])).toEqual([['KEN', false], ['RUS', false], ['DEU', true]]);
    expect(model.paths.at(-1)!.name).toBe('Germany');
  });

  test('no trajectories give an empty model with a unit extent', () => {
    expect(mapModel([], { upTo: 3 })).toMatchObject({ paths: [], placed: 0, sessions: 0, extent: { x: [-1, 1], y: [-1, 1] } });
  });
});

describe('mapTableRows(model)', () => {
  test('one row per delegation and session, by code, the current point marked', () => {
    const rows = mapTableRows(mapModel(trajectories, { upTo: 2 }));
    expect(rows).toEqual([
      ['delegation', 'code', 'window', 'x', 'y', 'current'],
      ['DEU', 'DEU', 'S1-S1', 0, 0, ''],
      ['DEU', 'DEU', 'S1-S2', 1, 0, 'yes'],
      ['KEN', 'KEN', 'S1-S2', -1, -1, 'yes'],
      ['RUS', 'RUS', 'S1-S1', 0, 1, ''],
      ['RUS', 'RUS', 'S1-S2', 0, 2, 'yes'],
    ]);
  });
});
