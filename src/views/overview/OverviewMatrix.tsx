// Delegations (rows) x issues (columns), each cell the current position, coloured.
import { memo, useLayoutEffect } from 'react';
import { markOnce } from '../../app/perf-marks';
import { Link } from 'wouter';
import type { Issue } from '../../shared/dataset-schema';
import { positionColour, textOn } from '../../charts/palette';
import type { OverviewRow } from './overview-model';
import type { HeldPosition } from '../../analysis/window-positions';
import { useVirtualRows } from '../../components/VirtualRows';

export function positionShort(issue: Issue, cell: HeldPosition): string {
  if (cell.value !== null) return Array.isArray(cell.value) ? `${cell.value[0]}–${cell.value[1]}` : String(cell.value);
  return issue.positions.find((p) => p.id === cell.position)?.label ?? cell.position;
}

interface Props {
  rows: OverviewRow[];
  issues: Issue[];
  selected: string | null; // "ACTOR:issue"
  onSelect: (key: string) => void;
}

export function OverviewMatrix({ rows, issues, selected, onSelect }: Props) {
  useLayoutEffect(() => markOnce('cg:first-chart'), []);
  const table = useVirtualRows(
    rows.length,
    issues.length + 2,
    (i, rowProps) => {
      const r = rows[i]!;
      return <MatrixRow key={r.actor.code} row={r} issues={issues} selected={selected} onSelect={onSelect} rowIndex={rowProps['aria-rowindex']} measure={rowProps.ref} />;
    },
    { estimate: 34 },
  );
  return (
    <div
      className={table.virtual ? 'table-scroll matrix-wrap virtual-scroll' : 'table-scroll matrix-wrap'}
      ref={table.scrollRef}
      tabIndex={table.virtual ? 0 : undefined}
      role={table.virtual ? 'region' : undefined}
      aria-label={table.virtual ? 'Positions of the delegations (scrolls)' : undefined}
    >
      <table className="matrix" data-testid="overview-matrix" {...table.tableProps}>
        <thead>
          <tr aria-rowindex={table.virtual ? 1 : undefined}>
            <th scope="col">Delegation</th>
            <th scope="col" className="num">
              Statements
            </th>
            {issues.map((i) => (
              <th key={i.id} scope="col" className="issue-head">
                <Link href={`/issue/${i.id}`}>{i.label}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{table.body}</tbody>
      </table>
    </div>
  );
}

interface RowProps extends Omit<Props, 'rows'> {
  row: OverviewRow;
  rowIndex?: number; // aria-rowindex, when the table is virtualised
  measure?: (el: HTMLTableRowElement | null) => void;
}

const MatrixRow = memo(function MatrixRow({ row, issues, selected, onSelect, rowIndex, measure }: RowProps) {
  return (
    <tr data-actor={row.actor.code} data-index={rowIndex === undefined ? undefined : rowIndex - 2} aria-rowindex={rowIndex} ref={measure}>
      <th scope="row">
        <Link href={`/delegation/${row.actor.code}`}>{row.actor.name}</Link>
      </th>
      <td className="num">{row.statements}</td>
      {issues.map((issue) => {
        const cell = row.cells.get(issue.id);
        if (!cell) return <td key={issue.id} className="cell-empty" aria-label={`${row.actor.name}: no position on ${issue.label}`} />;
        const key = `${row.actor.code}:${issue.id}`;
        const bg = positionColour(issue, cell.position, cell.value);
        const label = positionShort(issue, cell);
        const thin = cell.statements.length === 1;
        return (
          <td key={issue.id} className="cell" data-issue={issue.id} data-position={cell.position}>
            <button
              type="button"
              className={`cell-button${selected === key ? ' selected' : ''}`}
              style={{ background: bg, color: textOn(bg) }}
              aria-pressed={selected === key}
              aria-label={`${row.actor.name} on ${issue.label}: ${label}, ${thin ? '1 statement' : `${cell.statements.length} statements`}. Show evidence`}
              onClick={() => onSelect(key)}
            >
              {label}
              {thin ? '¹' : ''}
              {cell.jointOnly ? '*' : ''}
            </button>
          </td>
        );
      })}
    </tr>
  );
});
