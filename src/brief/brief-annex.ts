// The annex: every chosen delegation with a position on at least one chosen issue, and its
// position on each chosen issue with the date of its last evidence. Rows by name; a
// delegation silent on an issue has an empty cell (null), never a neutral position.
import { positionOf, type WindowPositions } from '../analysis/window-positions';
import type { DatasetIndex } from '../shared/dataset-index';
import type { Issue } from '../shared/dataset-schema';
import { compareNames, positionLabel, sessionByNumber } from './brief-format';
import type { Annex, AnnexRow } from './brief-types';
import { nameOf } from './key-quotes';

export function briefAnnex(index: DatasetIndex, positions: WindowPositions, issues: readonly Issue[]): Annex {
  const rows: AnnexRow[] = [];
  for (const actor of positions.actors) {
    const cells = issues.map((issue) => {
      const p = positionOf(positions, actor, issue.id);
      if (!p) return null;
      const sessionLabel = sessionByNumber(index.dataset, p.session)?.label ?? null;
      return { label: positionLabel(issue, p.position, p.value), date: p.date, sessionLabel, carried: p.carried, statements: p.statements.length };
    });
    if (cells.some((c) => c !== null)) rows.push({ code: actor, name: nameOf(index, actor), cells });
  }
  rows.sort((a, b) => compareNames(a.name, b.name));
  return { issues: issues.map((i) => ({ id: i.id, label: i.label })), rows };
}
