// The details of the heatmap cell under the pointer or in focus: both delegations, A, CA,
// E and n with their intervals, and the cell's caveats. Only draws.
import type { ReactNode } from 'react';
import { cellFlags, formatInterval, formatValue, sharedIssues } from './heatmap-format';
import type { HeatmapCell } from './heatmap-model';

export interface HeatmapDetailsProps {
  cell: HeatmapCell | null;
  nameOf: (code: string) => string;
  actions?: (cell: HeatmapCell) => ReactNode; // e.g. links to the pair's views, supplied by the view
  intervalPending?: boolean; // CA's bootstrap interval is still being computed
}

export function HeatmapDetails({ cell, nameOf, actions, intervalPending = false }: HeatmapDetailsProps) {
  return (
    <div className="heatmap-details" data-testid="heatmap-details" role="status" aria-live="polite">
      {cell === null ? (
        <p className="muted">Point at a cell, or tab to the matrix and use the arrow keys, to see its agreement, n and intervals.</p>
      ) : (
        <>
          <CellDetails cell={cell} nameOf={nameOf} intervalPending={intervalPending} />
          {cell.kind !== 'self' && actions?.(cell)}
        </>
      )}
    </div>
  );
}

function CellDetails({ cell, nameOf, intervalPending }: { cell: HeatmapCell; nameOf: (code: string) => string; intervalPending: boolean }) {
  const title = (
    <p className="heatmap-details-pair">
      <strong>{nameOf(cell.row)}</strong> ({cell.row})
      {cell.kind !== 'self' && (
        <>
          {' '}and <strong>{nameOf(cell.col)}</strong> ({cell.col})
        </>
      )}
    </p>
  );
  if (cell.kind === 'self') return <>{title}<p className="muted">The diagonal: a delegation with itself.</p></>;
  if (cell.kind === 'absent') return <>{title}<p>Not both positioned in this window: no value.</p></>;
  if (cell.n === 0) return <>{title}<p>No shared issue in this window: no value (not zero).</p><p data-field="n">n = 0 shared issues</p></>;
  const flags = cellFlags(cell);
  return (
    <>
      {title}
      <dl className="heatmap-details-values">
        <dt>Raw agreement</dt>
        <dd data-field="agreement">
          A = {formatValue(cell.agreement)} <span className="muted">(95% interval {formatInterval(cell.agreementInterval)})</span>
        </dd>
        <dt>Chance-corrected agreement</dt>
        <dd data-field="chance-corrected">
          CA = {formatValue(cell.chanceCorrected)}{' '}
          <span className="muted">(95% interval {intervalPending ? 'being computed…' : formatInterval(cell.chanceCorrectedInterval)}; expected by chance E = {formatValue(cell.expected)})</span>
        </dd>
        <dt>Evidence</dt>
        <dd data-field="n">n = {sharedIssues(cell.n)}</dd>
      </dl>
      {flags.length > 0 && (
        <ul className="heatmap-details-flags" data-testid="heatmap-flags">
          {flags.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
    </>
  );
}
