import type { HeldPosition } from '../../analysis/window-positions';
import type { Observation } from '../../analysis/observations';
import { positionColour, textOn } from '../../charts/palette';
import { Evidence } from '../../components/Evidence';
import { formatDate, plural } from '../../components/format';
import type { DatasetIndex } from '../../shared/dataset-index';
import { positionHistory } from './delegation-model';

function label(index: DatasetIndex, issueId: string, position: string, value: Observation['value']): string {
  const p = index.issue.get(issueId)?.positions.find((x) => x.id === position);
  if (value !== null) return Array.isArray(value) ? `${value[0]}–${value[1]}` : String(value);
  return p?.label ?? position;
}

export function IssuePositions({ index, code, held, observations }: { index: DatasetIndex; code: string; held: HeldPosition[]; observations: readonly Observation[] }) {
  const byIssue = new Map(held.map((h) => [h.issue as string, h]));
  return (
    <table className="positions" data-testid="delegation-positions">
      <thead>
        <tr>
          <th scope="col">Issue</th>
          <th scope="col">Current position</th>
          <th scope="col">Evidence</th>
        </tr>
      </thead>
      <tbody>
        {index.dataset.issues.map((issue) => {
          const h = byIssue.get(issue.id);
          if (!h) {
            return (
              <tr key={issue.id} data-issue={issue.id}>
                <th scope="row">{issue.label}</th>
                <td className="muted">no position on record</td>
                <td />
              </tr>
            );
          }
          const bg = positionColour(issue, h.position, h.value);
          const history = positionHistory(observations, code, issue.id);
          const stances = (index.stancesOfActor.get(code) ?? []).filter((s) => s.issue === issue.id && h.statements.includes(s.statement));
          return (
            <tr key={issue.id} data-issue={issue.id} data-position={h.position}>
              <th scope="row">{issue.label}</th>
              <td>
                <span className="chip" style={{ background: bg, color: textOn(bg) }}>
                  {label(index, issue.id, h.position, h.value)}
                </span>
                <div className="small muted">
                  {plural(h.statements.length, 'statement')}, last {formatDate(h.date)}
                  {h.jointOnly ? ' · joint statements only' : ''}
                </div>
                {history.length > 1 && (
                  <ol className="history small" aria-label="Changes over time">
                    {history.map((step, i) => (
                      <li key={i}>
                        {label(index, issue.id, step.position, step.value)} ({step.session !== null ? `session ${step.session}` : 'session unknown'}, {formatDate(step.date)})
                      </li>
                    ))}
                  </ol>
                )}
              </td>
              <td>
                {stances.map((s) => (
                  <Evidence key={s.id} stance={s} index={index} />
                ))}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
