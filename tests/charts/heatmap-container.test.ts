import { describe, expect, test } from 'vitest';
import { sessionWindow } from '../../src/analysis/session-window';
import { cellFill, heatmapLayout } from '../../src/charts/heatmap/HeatmapContainer';
import type { HeatmapCell, HeatmapModel } from '../../src/charts/heatmap/heatmap-model';
import { NO_VALUE_FILL, SELF_FILL } from '../../src/charts/heatmap/HeatmapRender';
import { agreementColour } from '../../src/charts/palette';
import { actorCode } from '../../src/shared/ids';

function model(count: number, code = 'DEU'): HeatmapModel {
  const axis = Array.from({ length: count }, () => ({ code: actorCode(code), name: code, positionedOn: 3 }));
  return { window: sessionWindow(1, 1), axis, rows: [], cellAt: () => undefined, delegations: count, pairs: 0, sufficientPairs: 0, jointOnlyPairs: 0 };
}

const cell = (over: Partial<HeatmapCell>): HeatmapCell => ({
  row: actorCode('DEU'), col: actorCode('FRA'), kind: 'pair', n: 5, agreement: 1, agreementInterval: undefined, expected: 0.5,
  chanceCorrected: 1, chanceCorrectedInterval: undefined, insufficient: false, jointOnly: false, ...over,
});

describe('heatmapLayout(model, maxGrid)', () => {
  test('a few delegations get large cells with labels', () => {
    expect(heatmapLayout(model(10), 720)).toMatchObject({ step: 26, gap: 1, showLabels: true, fontSize: 12 });
  });

  test('193 delegations fit the grid with 4 px cells, no gap and no labels', () => {
    const layout = heatmapLayout(model(193), 720);
    expect(layout).toMatchObject({ step: 4, gap: 0, showLabels: false });
    expect(layout.width).toBe(8 + 193 * 4 + 8);
  });

  test('longer codes get more room for labels; the legend always fits', () => {
    expect(heatmapLayout(model(5, 'ARAB-GROUP'), 720).left).toBeGreaterThan(heatmapLayout(model(5), 720).left);
    expect(heatmapLayout(model(2), 720).width).toBeGreaterThanOrEqual(520);
  });
});

describe('cellFill(cell)', () => {
  test('CA on the diverging agreement scale', () => {
    expect(cellFill(cell({ chanceCorrected: 1 }))).toBe(agreementColour(1));
    expect(cellFill(cell({ chanceCorrected: -0.4 }))).toBe(agreementColour(-0.4));
  });

  test('grey where there is no value: no shared issue, no CA, not both positioned; darker grey on the diagonal', () => {
    expect(cellFill(cell({ n: 0, chanceCorrected: undefined }))).toBe(NO_VALUE_FILL);
    expect(cellFill(cell({ kind: 'absent', chanceCorrected: undefined }))).toBe(NO_VALUE_FILL);
    expect(cellFill(cell({ kind: 'self', chanceCorrected: undefined }))).toBe(SELF_FILL);
  });
});
