// Bridging positions on one issue: which position each bloc can best live with.
import type { BridgingPosition } from '../../analysis/bridging';
import type { Issue } from '../../shared/dataset-schema';
import { PositionChip } from '../../components/PositionChip';
import { plural } from '../../components/format';
import { ExportCsvButton } from '../../components/ExportCsvButton';
import { positionLabel } from '../../components/position-label';
import { BLOC_COUNT, type BlocBasis } from './bridging-model';

export function BridgingTable({ issue, basis, rows }: { issue: Issue; basis: BlocBasis; rows: readonly BridgingPosition[] }) {
  const basisText =
    basis.kind === 'blocs'
      ? `Blocs: the full-window agreement matrix clustered into ${BLOC_COUNT} blocs (average linkage on 1 − chance-corrected agreement), ${plural(basis.clustered, 'delegation')}${basis.left ? `; ${plural(basis.left, 'delegation')} with fewer than 3 positions left out` : ''}.`
      : `Blocs: the UN regional groups, because the agreement matrix is too sparse to cluster (too few delegations positioned on 3 or more issues). ${plural(basis.clustered, 'delegation')} in a regional group${basis.left ? `; ${plural(basis.left, 'delegation')} without one (the EU, groups, organisations) left out` : ''}.`;
  const header = ['position', 'score', ...basis.blocs.map((b) => `${b.label} (agree / positioned)`)];
  return (
    <div data-testid="bridging">
      <p data-testid="bridging-basis">{basisText}</p>
      {rows.length === 0 ? (
        <p className="empty">No bloc member holds a position on this issue in these sessions.</p>
      ) : (
        <>
          <p className="muted small">
            Score: the geometric mean over blocs of the smoothed share holding the position, (agree + 1) / (positioned + 2); a bloc that said nothing counts ½. Higher means more blocs can live with it.
          </p>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  {header.map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <td>
                      <PositionChip issue={issue} position={r.position} value={r.value} />
                    </td>
                    <td className="num">{r.score.toFixed(2)}</td>
                    {basis.blocs.map((b, i) => (
                      <td key={b.label} className="num">
                        {r.agree[i]} / {r.positioned[i]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ExportCsvButton
            fileName={`bridging-${issue.id}.csv`}
            rows={() => [header, ...rows.map((r) => [positionLabel(issue, r.position, r.value), r.score.toFixed(3), ...basis.blocs.map((_, i) => `${r.agree[i]} / ${r.positioned[i]}`)])]}
          />
        </>
      )}
    </div>
  );
}
