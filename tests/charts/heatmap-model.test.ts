import { describe, expect, test } from 'vitest';
import type { AgreementMatrix } from '../../src/analysis/agreement-matrix';
import type { BlocTree } from '../../src/analysis/blocs';
import type { PairAgreement } from '../../src/analysis/pair-kernel';
import { sessionWindow } from '../../src/analysis/session-window';
import { blocOrder, heatmapModel, sameRow, type HeatmapRow } from '../../src/charts/heatmap/heatmap-model';
import { actorCode, type ActorCode } from '../../src/shared/ids';

const A = actorCode;

/** A pair as agreementMatrix gives it; values only where the test needs them. */
function pair(a: string, b: string, shared: number, agreement?: number, ca?: number, jointOnly = false): PairAgreement {
  const none = shared === 0;
  return {
    a: A(a),
    b: A(b),
    shared,
    agreement: none ? undefined : agreement,
    agreementInterval: none ? undefined : { low: 0.1, high: 0.9 },
    expected: none ? undefined : 0.5,
    chanceCorrected: none ? undefined : ca,
    chanceCorrectedInterval: none ? undefined : { low: -0.2, high: 0.8 },
    insufficient: shared < 3,
    jointOnly,
  };
}

/** DEU, FRA, RUS (sorted by code: DEU, FRA, RUS), pairs row by row. */
function matrix(over: Partial<Record<'DEU-FRA' | 'DEU-RUS' | 'FRA-RUS', PairAgreement>> = {}): AgreementMatrix {
  return {
    window: sessionWindow(1, 3),
    actors: [A('DEU'), A('FRA'), A('RUS')],
    positionedOn: [5, 5, 2],
    pairs: [
      over['DEU-FRA'] ?? pair('DEU', 'FRA', 5, 1, 1),
      over['DEU-RUS'] ?? pair('DEU', 'RUS', 2, 0, -1),
      over['FRA-RUS'] ?? pair('FRA', 'RUS', 0),
    ],
  };
}

const codes = (row: HeatmapRow) => row.cells.map((c) => `${c.row}/${c.col}`);

describe('heatmapModel(matrix, order)', () => {
  test('rows and columns follow the order given, not the matrix order', () => {
    const model = heatmapModel(matrix(), [A('RUS'), A('DEU'), A('FRA')]);
    expect(model.axis.map((a) => a.code)).toEqual(['RUS', 'DEU', 'FRA']);
    expect(model.rows.map((r) => r.actor)).toEqual(['RUS', 'DEU', 'FRA']);
    expect(codes(model.rows[1]!)).toEqual(['DEU/RUS', 'DEU/DEU', 'DEU/FRA']);
  });

  test('a cell carries its pair’s A, CA, n and intervals, the same from either side', () => {
    const model = heatmapModel(matrix(), [A('DEU'), A('FRA')]);
    const upper = model.rows[0]!.cells[1]!;
    const lower = model.rows[1]!.cells[0]!;
    expect(upper).toMatchObject({ kind: 'pair', n: 5, agreement: 1, chanceCorrected: 1, expected: 0.5, insufficient: false });
    expect(upper.agreementInterval).toEqual({ low: 0.1, high: 0.9 });
    expect(upper.chanceCorrectedInterval).toEqual({ low: -0.2, high: 0.8 });
    expect({ ...lower, row: upper.row, col: upper.col }).toEqual(upper);
  });

  test('the diagonal is a self cell without values', () => {
    const cell = heatmapModel(matrix(), [A('DEU'), A('FRA')]).rows[0]!.cells[0]!;
    expect(cell).toMatchObject({ kind: 'self', n: 0, agreement: undefined, chanceCorrected: undefined });
  });

  test('a pair sharing 1 or 2 issues is insufficient; one sharing none is not, and has no value (not 0)', () => {
    const model = heatmapModel(matrix(), [A('DEU'), A('FRA'), A('RUS')]);
    const deuRus = model.rows[0]!.cells[2]!;
    const fraRus = model.rows[1]!.cells[2]!;
    expect(deuRus).toMatchObject({ n: 2, insufficient: true, agreement: 0 });
    expect(fraRus).toMatchObject({ kind: 'pair', n: 0, insufficient: false, agreement: undefined, chanceCorrected: undefined });
  });

  test('a joint-only pair is flagged', () => {
    const model = heatmapModel(matrix({ 'DEU-FRA': pair('DEU', 'FRA', 3, 1, 1, true) }), [A('DEU'), A('FRA')]);
    expect(model.rows[0]!.cells[1]!.jointOnly).toBe(true);
    expect(model.jointOnlyPairs).toBe(1);
  });

  test('a delegation in the order but not positioned in the window gives absent cells', () => {
    const model = heatmapModel(matrix(), [A('DEU'), A('BRA')]);
    expect(model.rows[0]!.cells[1]).toMatchObject({ kind: 'absent', n: 0, agreement: undefined });
    expect(model.axis[1]).toEqual({ code: 'BRA', name: 'BRA', positionedOn: 0 });
    expect(model.delegations).toBe(1);
  });

  test('counts the delegations and pairs shown: pairs sharing an issue, those sharing at least 3', () => {
    const model = heatmapModel(matrix(), [A('DEU'), A('FRA'), A('RUS')]);
    expect(model).toMatchObject({ delegations: 3, pairs: 2, sufficientPairs: 1, jointOnlyPairs: 0 });
    expect(heatmapModel(matrix(), [A('FRA'), A('RUS')])).toMatchObject({ delegations: 2, pairs: 0, sufficientPairs: 0 });
  });

  test('cellAt(r, c) is the cell of rows[r].cells[c], and undefined outside the grid', () => {
    const model = heatmapModel(matrix(), [A('RUS'), A('BRA'), A('DEU'), A('FRA')]);
    for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) expect(model.cellAt(r, c)).toEqual(model.rows[r]!.cells[c]);
    expect(model.cellAt(4, 0)).toBeUndefined();
    expect(model.cellAt(0, -1)).toBeUndefined();
  });

  test('names come from nameOf', () => {
    const model = heatmapModel(matrix(), [A('DEU')], (c) => (c === 'DEU' ? 'Germany' : c));
    expect(model.axis[0]).toEqual({ code: 'DEU', name: 'Germany', positionedOn: 5 });
  });

  test('an empty order gives an empty model', () => {
    expect(heatmapModel(matrix(), [])).toMatchObject({ axis: [], rows: [], delegations: 0, pairs: 0 });
  });
});

describe('sameRow(x, y)', () => {
  const order: ActorCode[] = [A('DEU'), A('FRA'), A('RUS')];

  test('is true for rows computed twice from equal values (new objects)', () => {
    const x = heatmapModel(matrix(), order);
    const y = heatmapModel(matrix(), order);
    expect(x.rows[0]).not.toBe(y.rows[0]);
    expect(x.rows.every((row, i) => sameRow(row, y.rows[i]!))).toBe(true);
  });

  test('is false only for the rows holding a changed pair', () => {
    const x = heatmapModel(matrix(), order);
    const y = heatmapModel(matrix({ 'DEU-RUS': pair('DEU', 'RUS', 3, 0.5, 0.1) }), order);
    expect(x.rows.map((row, i) => sameRow(row, y.rows[i]!))).toEqual([false, true, false]);
  });

  test('notices a changed interval or joint-only flag alone', () => {
    const x = heatmapModel(matrix(), order);
    const wider = heatmapModel(matrix({ 'DEU-FRA': { ...pair('DEU', 'FRA', 5, 1, 1), chanceCorrectedInterval: { low: -0.3, high: 0.8 } } }), order);
    const joint = heatmapModel(matrix({ 'DEU-FRA': pair('DEU', 'FRA', 5, 1, 1, true) }), order);
    expect(sameRow(x.rows[0]!, wider.rows[0]!)).toBe(false);
    expect(sameRow(x.rows[0]!, joint.rows[0]!)).toBe(false);
  });

  test('is false when the columns differ', () => {
    const x = heatmapModel(matrix(), order);
    const y = heatmapModel(matrix(), [A('DEU'), A('RUS'), A('FRA')]);
    expect(sameRow(x.rows[0]!, y.rows[0]!)).toBe(false);
  });
});

describe('blocOrder(tree)', () => {
  test('is the leaf order followed by the delegations too thin to cluster', () => {
    const tree: BlocTree = { window: sessionWindow(1, 1), actors: [A('DEU'), A('FRA')], excluded: [A('CUB')], merges: [], order: [A('FRA'), A('DEU')] };
    expect(blocOrder(tree)).toEqual(['FRA', 'DEU', 'CUB']);
  });
});
