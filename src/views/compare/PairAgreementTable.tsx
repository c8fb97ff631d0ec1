// Chance-corrected agreement between every two compared delegations in the window, with
// the number of issues both hold a position on (n) and the 95% interval.
import type { DatasetIndex } from '../../shared/dataset-index';
import { plural } from '../../components/format';
import type { ComparedPair } from './compare-model';

function num(v: number | undefined): string {
  if (v === undefined) return '—';
  const s = v.toFixed(2);
  return v < 0 ? `−${s.slice(1)}` : s;
}

export function PairAgreementTable({ index, pairs }: { index: DatasetIndex; pairs: readonly ComparedPair[] }) {
  const name = (c: string) => index.actor.get(c)?.name ?? c;
  return (
    <div className="table-scroll">
      <table data-testid="pair-agreement">
        <caption className="visually-hidden">Pairwise chance-corrected agreement</caption>
        <thead>
          <tr>
            <th scope="col">Pair</th>
            <th scope="col" className="num">
              Chance-corrected agreement
            </th>
            <th scope="col">95% interval</th>
            <th scope="col" className="num">
              Raw agreement
            </th>
            <th scope="col" className="num">
              n (shared issues)
            </th>
            <th scope="col">Note</th>
          </tr>
        </thead>
        <tbody>
          {pairs.map(({ a, b, pair }) => {
            const n = pair?.shared ?? 0;
            const note =
              n === 0
                ? 'no issue on which both hold a position'
                : pair!.insufficient
                  ? `thin evidence: ${plural(n, 'shared issue')}`
                  : pair!.chanceCorrected === undefined
                    ? 'the whole room holds one position: no chance correction'
                    : pair!.jointOnly
                      ? 'rests only on joint statements both signed'
                      : '';
            return (
              <tr key={`${a} ${b}`} data-pair={`${a}-${b}`}>
                <th scope="row">
                  {name(a)} – {name(b)}
                </th>
                <td className="num">{num(pair?.chanceCorrected)}</td>
                <td>{pair?.chanceCorrectedInterval ? `${num(pair.chanceCorrectedInterval.low)} to ${num(pair.chanceCorrectedInterval.high)}` : '—'}</td>
                <td className="num">{num(pair?.agreement)}</td>
                <td className="num">{n}</td>
                <td>{note}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
