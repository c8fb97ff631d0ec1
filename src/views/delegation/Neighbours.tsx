import { Link } from 'wouter';
import type { AgreementMatrix } from '../../analysis/agreement-matrix';
import type { DatasetIndex } from '../../shared/dataset-index';
import { neighbours, type Neighbour } from './delegation-model';

const pct = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(2));

function NeighbourTable({ index, rows, caption, testId }: { index: DatasetIndex; rows: Neighbour[]; caption: string; testId: string }) {
  return (
    <table data-testid={testId}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Delegation</th>
          <th scope="col" className="num">
            Chance-corrected agreement (95% interval)
          </th>
          <th scope="col" className="num">
            Raw agreement
          </th>
          <th scope="col" className="num">
            n shared issues
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ other, pair }) => (
          <tr key={other} data-actor={other}>
            <td>
              <Link href={`/delegation/${other}`}>{index.actor.get(other)?.name ?? other}</Link>
              {pair.jointOnly ? ' *' : ''}
            </td>
            <td className="num">
              {pct(pair.chanceCorrected)} ({pct(pair.chanceCorrectedInterval?.low)} to {pct(pair.chanceCorrectedInterval?.high)})
            </td>
            <td className="num">{pct(pair.agreement)}</td>
            <td className="num">{pair.shared}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Neighbours({ index, code, matrix, pending }: { index: DatasetIndex; code: string; matrix: AgreementMatrix | undefined; pending: boolean }) {
  if (pending || !matrix) return <p className="status">Computing agreement…</p>;
  const { closest, farthest, insufficient } = neighbours(matrix, code);
  if (closest.length === 0) {
    return <p data-testid="neighbours-none">Too little evidence: no delegation shares at least 3 issues with a position on each ({insufficient} share fewer).</p>;
  }
  return (
    <div className="neighbours">
      <NeighbourTable index={index} rows={closest} caption="Closest" testId="closest" />
      <NeighbourTable index={index} rows={farthest} caption="Farthest" testId="farthest" />
      <p className="small muted">
        Over the issues both have a position on (n ≥ 3); {insufficient} other pairs share fewer issues and are left out. * agreement rests only on joint statements they both signed.
      </p>
    </div>
  );
}
