// Side by side, issue by issue: each delegation's position (colour and label) with the
// quote of its latest statement, its date and a link to the statement. Rows where the
// positions differ are marked in words, not only by colour.
import { Link } from 'wouter';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { ActorCode } from '../../shared/ids';
import { Evidence } from '../../components/Evidence';
import { PositionChip } from '../../components/PositionChip';
import { formatDate, plural } from '../../components/format';
import { STATUS_TEXT, type CompareCell, type CompareRow } from './compare-model';

export function CompareTable({ index, rows, codes, sessionName }: { index: DatasetIndex; rows: readonly CompareRow[]; codes: readonly ActorCode[]; sessionName: (n: number) => string }) {
  const differ = rows.filter((r) => r.status === 'differ').length;
  return (
    <>
      <p data-testid="compare-summary">
        {plural(differ, 'issue')} where their positions differ, out of {plural(rows.filter((r) => r.status !== 'silent').length, 'issue')} where at least one of them holds a position.
      </p>
      <div className="table-scroll">
        <table className="compare-table" data-testid="compare-table">
          <caption className="visually-hidden">Positions of {codes.map((c) => index.actor.get(c)?.name ?? c).join(', ')} by issue</caption>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              {codes.map((c) => (
                <th key={c} scope="col">
                  <Link href={`/delegation/${encodeURIComponent(c)}`}>{index.actor.get(c)?.name ?? c}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.issue.id} data-issue={r.issue.id} data-status={r.status} className={r.status === 'differ' ? 'differs' : undefined}>
                <th scope="row">
                  <Link href={`/issue/${r.issue.id}`}>{r.issue.label}</Link>
                  <br />
                  <span className={`status status-${r.status}`}>{STATUS_TEXT[r.status]}</span>
                </th>
                {r.cells.map((cell, i) => (
                  <td key={codes[i]} data-actor={codes[i]}>
                    {cell ? <Cell index={index} cell={cell} row={r} sessionName={sessionName} /> : <span className="muted">No position</span>}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function Cell({ index, cell, row, sessionName }: { index: DatasetIndex; cell: CompareCell; row: CompareRow; sessionName: (n: number) => string }) {
  const { held, stance } = cell;
  return (
    <div className="compare-cell">
      <PositionChip issue={row.issue} position={held.position} value={held.value} />
      <p className="meta small">
        {formatDate(held.date)}, {sessionName(held.session)} · {plural(held.statements.length, 'statement')}
        {held.carried ? ' · carried forward' : ''}
        {held.jointOnly ? ' · joint statements only' : ''}
      </p>
      {stance ? <Evidence stance={stance} index={index} /> : <p className="muted small">The quote is not in the loaded data.</p>}
    </div>
  );
}
