// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { sessionWindow } from '../../src/analysis/session-window';
import { CANVAS_CELLS_ABOVE, cellAtPoint, parseColour } from '../../src/charts/heatmap/heatmap-canvas';
import { agreementColour } from '../../src/charts/palette';
import { HeatmapContainer } from '../../src/charts/heatmap/HeatmapContainer';
import type { HeatmapCell, HeatmapModel } from '../../src/charts/heatmap/heatmap-model';
import { actorCode, type ActorCode } from '../../src/shared/ids';

/** A room of `count` delegations A000, A001, ... where every pair agrees on 4 issues. */
function room(count: number): HeatmapModel {
  const codes = Array.from({ length: count }, (_, i) => actorCode(`A${String(i).padStart(3, '0')}`));
  const cell = (row: ActorCode, col: ActorCode): HeatmapCell => ({
    row, col, kind: row === col ? 'self' : 'pair', n: row === col ? 0 : 4, agreement: row === col ? undefined : 0.75,
    agreementInterval: undefined, expected: row === col ? undefined : 0.5, chanceCorrected: row === col ? undefined : 0.5,
    chanceCorrectedInterval: undefined, insufficient: false, jointOnly: false,
  });
  const rows = codes.map((row) => ({ actor: row, cells: codes.map((col) => cell(row, col)) }));
  return {
    window: sessionWindow(0, 9),
    axis: codes.map((code) => ({ code, name: `Delegation ${code}`, positionedOn: 4 })),
    rows,
    cellAt: (r, c) => rows[r]?.cells[c],
    delegations: count, pairs: (count * (count - 1)) / 2, sufficientPairs: (count * (count - 1)) / 2, jointOnlyPairs: 0,
  };
}

const gridcells = () => document.querySelectorAll('[data-testid=heatmap] [role=gridcell]');

describe('HeatmapContainer on a large matrix', () => {
  test('a small matrix keeps one grid cell per pair', () => {
    render(<HeatmapContainer model={room(5)} nameOf={(c) => c} label="Agreement" />);
    expect(gridcells()).toHaveLength(25);
  });

  test(`above ${CANVAS_CELLS_ABOVE} delegations: one focusable cell over the drawn grid, the grid telling its size`, () => {
    const n = CANVAS_CELLS_ABOVE + 20;
    render(<HeatmapContainer model={room(n)} nameOf={(c) => `Delegation ${c}`} label="Agreement" />);
    expect(gridcells()).toHaveLength(1);
    const grid = document.querySelector('[role=grid]')!;
    expect(grid.getAttribute('aria-rowcount')).toBe(String(n));
    expect(grid.getAttribute('aria-colcount')).toBe(String(n));
    const focusCell = gridcells()[0]!;
    expect(focusCell.getAttribute('tabindex')).toBe('0');
    expect(focusCell.getAttribute('aria-colindex')).toBe('1');
    expect(focusCell.closest('[role=row]')!.getAttribute('aria-rowindex')).toBe('1');
    expect(focusCell.getAttribute('aria-label')).toMatch(/Delegation A000/);
  });

  test('the arrow keys move the one cell, which keeps the focus, and the details follow', () => {
    render(<HeatmapContainer model={room(CANVAS_CELLS_ABOVE + 20)} nameOf={(c) => `Delegation ${c}`} label="Agreement" />);
    const focusCell = gridcells()[0] as SVGElement;
    focusCell.focus();
    fireEvent.keyDown(focusCell, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    const moved = gridcells()[0]!;
    expect(document.activeElement).toBe(moved);
    expect(moved.getAttribute('data-row')).toBe('A002');
    expect(moved.getAttribute('data-col')).toBe('A001');
    expect(moved.getAttribute('aria-colindex')).toBe('2');
    expect(moved.closest('[role=row]')!.getAttribute('aria-rowindex')).toBe('3');
    expect(screen.getByTestId('heatmap-details').textContent).toMatch(/Delegation A002.*Delegation A001/);
  });
});

describe('cellAtPoint(count, box, x, y)', () => {
  test('maps a point of the drawn grid to its row and column, and nothing outside', () => {
    const box = { left: 10, top: 20, width: 400, height: 400 };
    expect(cellAtPoint(100, box, 10, 20)).toEqual({ r: 0, c: 0 });
    expect(cellAtPoint(100, box, 10 + 4 * 7 + 1, 20 + 4 * 3 + 3)).toEqual({ r: 3, c: 7 });
    expect(cellAtPoint(100, box, 409, 419)).toEqual({ r: 99, c: 99 });
    expect(cellAtPoint(100, box, 410, 20)).toBeNull();
    expect(cellAtPoint(100, box, 5, 30)).toBeNull();
  });
});

describe('parseColour(colour)', () => {
  test('reads the colours the heatmap fills with, as 0-255 channels', () => {
    expect(parseColour('#0072B2')).toEqual([0, 114, 178]);
    expect(parseColour('rgb(108, 142, 161)')).toEqual([108, 142, 161]);
    expect(parseColour(agreementColour(1))).toEqual([0, 114, 178]);
    expect(parseColour('transparent')).toEqual([128, 128, 128]);
  });
});
