// The comparison table: issue by issue, each compared delegation's position at the end of
// the window with the stance behind its latest statement, and whether the row differs.
import type { AgreementMatrix } from '../../analysis/agreement-matrix';
import { pairOf } from '../../analysis/agreement-matrix';
import type { PairAgreement } from '../../analysis/pair-kernel';
import { positionOf, type HeldPosition, type WindowPositions } from '../../analysis/window-positions';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { Issue, Stance } from '../../shared/dataset-schema';
import type { ActorCode } from '../../shared/ids';
import { positionLabel } from '../../components/position-label';
import { latestStance } from '../issue/holders-model';

export interface CompareCell {
  readonly held: HeldPosition;
  readonly stance: Stance | undefined;
}

// differ: at least two different positions among those who hold one;
// same: all hold one, and the same; partial: no difference, but someone is silent;
// silent: nobody holds a position.
export type RowStatus = 'differ' | 'same' | 'partial' | 'silent';

export interface CompareRow {
  readonly issue: Issue;
  readonly cells: readonly (CompareCell | undefined)[]; // one per compared delegation, in order
  readonly status: RowStatus;
}

export function compareRows(index: DatasetIndex, positions: WindowPositions, codes: readonly ActorCode[]): CompareRow[] {
  return index.dataset.issues.map((issue) => {
    const cells = codes.map((code) => {
      const held = positionOf(positions, code, issue.id);
      return held ? { held, stance: latestStance(index, held) } : undefined;
    });
    const keys = new Set(cells.filter((c) => c !== undefined).map((c) => c.held.key));
    const positioned = cells.filter((c) => c !== undefined).length;
    const status: RowStatus = keys.size > 1 ? 'differ' : positioned === 0 ? 'silent' : positioned < cells.length ? 'partial' : 'same';
    return { issue, cells, status };
  });
}

export const STATUS_TEXT: Record<RowStatus, string> = {
  differ: 'Differ',
  same: 'Same position',
  partial: 'Not all positioned',
  silent: 'No positions',
};

/** The table as on screen, for the CSV export: one row per issue. */
export function compareCsv(rows: readonly CompareRow[], codes: readonly ActorCode[], sessionName: (n: number) => string): string[][] {
  const header = ['issue', 'question', 'status'];
  for (const c of codes) header.push(`${c} position`, `${c} date`, `${c} session`, `${c} statements`, `${c} quote`, `${c} statement id`);
  return [
    header,
    ...rows.map((r) => [
      r.issue.id,
      r.issue.question,
      STATUS_TEXT[r.status],
      ...r.cells.flatMap((cell) => {
        if (!cell) return ['', '', '', '', '', ''];
        return [
          positionLabel(r.issue, cell.held.position, cell.held.value),
          cell.held.date ?? '',
          sessionName(cell.held.session),
          String(cell.held.statements.length),
          cell.stance?.quote ?? '',
          cell.stance?.statement ?? '',
        ];
      }),
    ]),
  ];
}

export interface ComparedPair {
  readonly a: ActorCode;
  readonly b: ActorCode;
  readonly pair: PairAgreement | undefined; // undefined: one of them holds no position in the window
}

/** Every pair of the compared delegations, in the order chosen. */
export function comparedPairs(matrix: AgreementMatrix, codes: readonly ActorCode[]): ComparedPair[] {
  const out: ComparedPair[] = [];
  for (let i = 0; i < codes.length; i++) {
    for (let j = i + 1; j < codes.length; j++) out.push({ a: codes[i]!, b: codes[j]!, pair: pairOf(matrix, codes[i]!, codes[j]!) });
  }
  return out;
}
