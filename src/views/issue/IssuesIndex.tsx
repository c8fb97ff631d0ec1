// Route /issues: every issue of the codebook with how many delegations hold a position on
// it and the most held position, each linking to its issue view.
import { useMemo } from 'react';
import { Link } from 'wouter';
import { majorityPosition } from '../../analysis/issue-polarisation';
import { useFullWindow, useWindowPositions } from '../../queries/use-analysis';
import { useDatasetIndex } from '../../queries/use-dataset';
import { Coverage } from '../../components/Coverage';
import { PositionChip } from '../../components/PositionChip';
import { plural } from '../../components/format';
import './issue.css';

export function IssuesIndex() {
  const index = useDatasetIndex();
  const window = useFullWindow();
  const positions = useWindowPositions(window);
  const rows = useMemo(
    () =>
      index.dataset.issues.map((issue) => {
        const held = positions.positions.filter((p) => p.issue === issue.id);
        return { issue, positioned: held.length, statements: new Set(held.flatMap((h) => h.statements)).size, top: majorityPosition(positions, issue) };
      }),
    [index, positions],
  );
  return (
    <section className="issue-view">
      <h1 id="issues-title">Issues</h1>
      <Coverage index={index} window={window} />
      <table aria-labelledby="issues-title" data-testid="issue-list">
        <thead>
          <tr>
            <th scope="col">Issue</th>
            <th scope="col">Question</th>
            <th scope="col" className="num">
              Delegations positioned
            </th>
            <th scope="col">Most held position</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ issue, positioned, top }) => (
            <tr key={issue.id} data-issue={issue.id}>
              <td>
                <Link href={`/issue/${issue.id}`}>{issue.label}</Link>
              </td>
              <td>{issue.question}</td>
              <td className="num">{positioned}</td>
              <td>
                {top ? (
                  <>
                    <PositionChip issue={issue} position={top.position} value={top.value} />{' '}
                    <span className="muted small">
                      {Math.round(top.share * top.n)} of {plural(top.n, 'delegation')}
                    </span>
                  </>
                ) : (
                  <span className="muted">no position yet</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
