// Heatmap model: AgreementMatrix (PairAgreement per pair) -> HeatmapRow of HeatmapCell, one
// row and one column per delegation shown, in the order given (the bloc order). Pure rows:
// no scales, no colours; the container decides how a cell looks.
import { pairIndex, type AgreementMatrix } from '../../analysis/agreement-matrix';
import type { BlocTree } from '../../analysis/blocs';
import type { Interval } from '../../analysis/interval';
import { MIN_SHARED_ISSUES } from '../../analysis/pair-kernel';
import type { SessionWindow } from '../../analysis/session-window';
import type { ActorCode } from '../../shared/ids';

/**
 * - `pair`: two delegations both positioned in the window (n may still be 0: no shared issue);
 * - `self`: the diagonal;
 * - `absent`: one of the two holds no position at all in the window (e.g. while replaying
 *   early sessions in the order of a later one).
 */
export type HeatmapCellKind = 'pair' | 'self' | 'absent';

export interface HeatmapCell {
  readonly row: ActorCode;
  readonly col: ActorCode;
  readonly kind: HeatmapCellKind;
  readonly n: number; // shared issues; 0 unless kind is 'pair'
  readonly agreement: number | undefined; // A in [0, 1]
  readonly agreementInterval: Interval | undefined; // Wilson 95%
  readonly expected: number | undefined; // E, chance agreement
  readonly chanceCorrected: number | undefined; // CA <= 1: the colour
  readonly chanceCorrectedInterval: Interval | undefined; // bootstrap 95%
  readonly insufficient: boolean; // a pair with 0 < n < MIN_SHARED_ISSUES
  readonly jointOnly: boolean; // rests only on joint statements both signed
}

export interface HeatmapAxisEntry {
  readonly code: ActorCode;
  readonly name: string;
  readonly positionedOn: number; // issues the delegation holds a position on in the window
}

export interface HeatmapRow {
  readonly actor: ActorCode;
  readonly cells: readonly HeatmapCell[]; // one per axis entry, in axis order
}

export interface HeatmapModel {
  readonly window: SessionWindow;
  readonly axis: readonly HeatmapAxisEntry[]; // rows and columns, top to bottom, left to right
  // Every cell, made on first use: a large matrix (37 000 cells) is drawn as one picture
  // from cellAt and may never need them.
  readonly rows: readonly HeatmapRow[];
  /** The cell in row r and column c (undefined outside the grid). */
  cellAt(r: number, c: number): HeatmapCell | undefined;
  readonly delegations: number; // axis entries positioned in the window
  readonly pairs: number; // pairs of those sharing at least one issue
  readonly sufficientPairs: number; // ... sharing at least MIN_SHARED_ISSUES issues
  readonly jointOnlyPairs: number;
  // Built from point estimates: the cells' chanceCorrectedInterval is not known yet.
  readonly intervalsPending?: boolean;
}

/**
 * Rows in bloc order: the clustered delegations in leaf order, then those positioned on too
 * few issues to cluster (tree.excluded, by code).
 */
export function blocOrder(tree: BlocTree): ActorCode[] {
  return [...tree.order, ...tree.excluded];
}

export function heatmapModel(
  matrix: AgreementMatrix,
  order: readonly ActorCode[],
  nameOf: (code: ActorCode) => string = (code) => code,
): HeatmapModel {
  const N = matrix.actors.length;
  const slot = new Map<string, number>(matrix.actors.map((a, i) => [a, i]));
  const axis = order.map((code) => {
    const i = slot.get(code);
    return { code, name: nameOf(code), positionedOn: i === undefined ? 0 : matrix.positionedOn[i]! };
  });
  const slots = order.map((code) => slot.get(code)); // looked up once, not once per cell
  let pairs = 0;
  let sufficientPairs = 0;
  let jointOnlyPairs = 0;
  for (let r = 0; r < slots.length; r++) {
    const i = slots[r];
    if (i === undefined) continue;
    for (let c = r + 1; c < slots.length; c++) {
      const j = slots[c];
      if (j === undefined) continue;
      const p = matrix.pairs[pairIndex(Math.min(i, j), Math.max(i, j), N)]!;
      if (p.shared === 0) continue;
      pairs++;
      if (p.shared >= MIN_SHARED_ISSUES) sufficientPairs++;
      if (p.jointOnly) jointOnlyPairs++;
    }
  }
  const cellAt = (r: number, c: number): HeatmapCell | undefined => {
    const row = order[r];
    const col = order[c];
    if (row === undefined || col === undefined) return undefined;
    if (r === c) return emptyCell(row, col, 'self');
    const i = slots[r];
    const j = slots[c];
    if (i === undefined || j === undefined) return emptyCell(row, col, 'absent');
    const p = matrix.pairs[pairIndex(Math.min(i, j), Math.max(i, j), N)]!;
    return {
      row,
      col,
      kind: 'pair',
      n: p.shared,
      agreement: p.agreement,
      agreementInterval: p.agreementInterval,
      expected: p.expected,
      chanceCorrected: p.chanceCorrected,
      chanceCorrectedInterval: p.chanceCorrectedInterval,
      insufficient: p.shared > 0 && p.shared < MIN_SHARED_ISSUES,
      jointOnly: p.jointOnly,
    };
  };
  let rows: HeatmapRow[] | undefined;
  const delegations = axis.filter((a) => slot.has(a.code)).length;
  return {
    window: matrix.window,
    axis,
    get rows() {
      rows ??= order.map((actor, r) => ({ actor, cells: order.map((_, c) => cellAt(r, c)!) }));
      return rows;
    },
    cellAt,
    delegations,
    pairs,
    sufficientPairs,
    jointOnlyPairs,
    ...(matrix.intervalsPending ? { intervalsPending: true } : {}),
  };
}

function emptyCell(row: ActorCode, col: ActorCode, kind: HeatmapCellKind): HeatmapCell {
  return {
    row, col, kind, n: 0, agreement: undefined, agreementInterval: undefined, expected: undefined,
    chanceCorrected: undefined, chanceCorrectedInterval: undefined, insufficient: false, jointOnly: false,
  };
}

/** Whether two cells would be drawn and described alike: what a replay step compares. */
export function sameCell(x: HeatmapCell, y: HeatmapCell): boolean {
  return (
    x.row === y.row &&
    x.col === y.col &&
    x.kind === y.kind &&
    x.n === y.n &&
    x.agreement === y.agreement &&
    x.expected === y.expected &&
    x.chanceCorrected === y.chanceCorrected &&
    sameInterval(x.agreementInterval, y.agreementInterval) &&
    sameInterval(x.chanceCorrectedInterval, y.chanceCorrectedInterval) &&
    x.insufficient === y.insufficient &&
    x.jointOnly === y.jointOnly
  );
}

/** Whether a row is unchanged cell for cell (same columns in the same order). */
export function sameRow(x: HeatmapRow, y: HeatmapRow): boolean {
  if (x === y) return true;
  if (x.actor !== y.actor || x.cells.length !== y.cells.length) return false;
  for (let k = 0; k < x.cells.length; k++) if (!sameCell(x.cells[k]!, y.cells[k]!)) return false;
  return true;
}

function sameInterval(x: Interval | undefined, y: Interval | undefined): boolean {
  return x === y || (x !== undefined && y !== undefined && x.low === y.low && x.high === y.high);
}
