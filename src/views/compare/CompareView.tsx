// Route /compare?actors=A,B[,C,D]: two to four delegations side by side, issue by issue,
// with quotes; the pairwise agreement between them; a session window (?from=&to=) and a
// CSV export of the table.
import { useMemo } from 'react';
import { Link } from 'wouter';
import { useAgreementMatrix, useSessionNumbers, useWindowPositions } from '../../queries/use-analysis';
import { useDatasetIndex } from '../../queries/use-dataset';
import { useSearchParams } from '../../app/use-search-params';
import { carriesStances } from '../../shared/dataset-schema';
import type { ActorCode } from '../../shared/ids';
import { Coverage } from '../../components/Coverage';
import { ExportCsvButton } from '../../components/ExportCsvButton';
import { SessionRangeFilter } from '../../components/SessionRangeFilter';
import { parseSessionRange } from '../../components/session-range';
import { sessionNamer } from '../issue/session-names';
import { actorsParam, MIN_COMPARED, parseComparedActors } from './compare-params';
import { comparedPairs, compareCsv, compareRows } from './compare-model';
import { ActorPicker } from './ActorPicker';
import { CompareTable } from './CompareTable';
import { PairAgreementTable } from './PairAgreementTable';
import './compare.css';

export function CompareView() {
  const index = useDatasetIndex();
  const numbers = useSessionNumbers();
  const [params, update] = useSearchParams();
  const window = parseSessionRange(params, numbers);
  const { codes, unknown, dropped } = parseComparedActors(params, index);
  const positions = useWindowPositions(window);
  const sessionName = useMemo(() => sessionNamer(index), [index]);
  const options = useMemo(
    () => index.dataset.actors.filter((a) => carriesStances(a.kind)).sort((a, b) => a.name.localeCompare(b.name, 'en')),
    [index],
  );
  const setCodes = (next: ActorCode[]) => update({ actors: actorsParam(next) });
  const ready = codes.length >= MIN_COMPARED;
  const key = codes.join(',');
  const rows = useMemo(() => (ready ? compareRows(index, positions, codes) : []), [ready, index, positions, key]); // eslint-disable-line react-hooks/exhaustive-deps

  // A starting point: the two delegations positioned on the most issues in the window.
  const suggestion = useMemo(() => {
    const count = new Map<string, number>();
    for (const p of positions.positions) count.set(p.actor, (count.get(p.actor) ?? 0) + 1);
    return [...count].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 2).map(([c]) => c);
  }, [positions]);

  return (
    <section className="compare-view" aria-labelledby="compare-title">
      <h1 id="compare-title">Compare delegations</h1>
      <ActorPicker options={options} chosen={codes} onChange={setCodes} />
      {unknown.length > 0 && (
        <p className="banner banner-warn" data-testid="unknown-actors">
          Not a delegation in the data, left out: {unknown.join(', ')}.
        </p>
      )}
      {dropped.length > 0 && (
        <p className="banner banner-warn">At most four delegations at a time; left out: {dropped.join(', ')}.</p>
      )}
      <div className="toolbar">
        <SessionRangeFilter index={index} numbers={numbers} window={window} />
      </div>
      <Coverage index={index} window={window} />
      {!ready ? (
        <div className="empty" data-testid="compare-empty">
          <p>Choose at least two delegations to compare (up to four).</p>
          {suggestion.length === 2 && (
            <p>
              For example,{' '}
              <Link href={`/compare?actors=${suggestion.join(',')}`}>
                {suggestion.map((c) => index.actor.get(c)?.name ?? c).join(' and ')}
              </Link>
              , the delegations positioned on the most issues.
            </p>
          )}
        </div>
      ) : (
        <>
          <h2>Pairwise agreement</h2>
          <p className="muted small">
            Chance-corrected agreement over the issues both hold a position on at the end of the window: 1 always the same, 0 no more than chance, below 0 less than chance. n is the number of shared issues; fewer than 3 is thin evidence.
          </p>
          <PairAgreement codes={codes} window={window} />
          <h2>Issue by issue</h2>
          <CompareTable index={index} rows={rows} codes={codes} sessionName={sessionName} />
          <ExportCsvButton fileName={`compare-${codes.join('-')}.csv`} rows={() => compareCsv(rows, codes, sessionName)} label="Export table as CSV" />
        </>
      )}
    </section>
  );
}

function PairAgreement({ codes, window }: { codes: readonly ActorCode[]; window: Parameters<typeof useAgreementMatrix>[0] }) {
  const index = useDatasetIndex();
  const matrix = useAgreementMatrix(window);
  if (matrix.isError) {
    return (
      <p role="alert" className="banner banner-error">
        The agreement could not be computed: {matrix.error.message}
      </p>
    );
  }
  if (!matrix.data) return <p role="status">Computing agreement…</p>;
  return <PairAgreementTable index={index} pairs={comparedPairs(matrix.data, codes)} />;
}
