// The pairs converging and diverging most between two chosen windows: two tables with the
// change in chance-corrected agreement, its 95% interval and n in each window.
import { useMemo } from 'react';
import { MIN_SHARED_ISSUES } from '../../analysis/pair-kernel';
import { windowLabel, type SessionWindow } from '../../analysis/session-window';
import { formatInterval, formatValue } from '../../charts/heatmap/heatmap-format';
import { ExportCsvButton } from '../../components/ExportCsvButton';
import { plural } from '../../components/format';
import { useAgreementMatrix } from '../../queries/use-analysis';
import { usePairTrends } from '../../queries/use-convergence';
import { sessionParam, type ConvergenceState } from './convergence-params';
import { trendCsvRows, trendRows, type TrendRow } from './trend-rows';

export interface TrendsSectionProps {
  ready?: boolean; // false until the matrix is on screen: its computation goes first
  state: ConvergenceState;
  sessions: readonly number[];
  labelOf: (session: number) => string;
  nameOf: (code: string) => string;
  keep: (code: string) => boolean;
  update: (changes: Record<string, string | null>, options?: { replace?: boolean }) => void;
}

const LIMIT = 15;

export function TrendsSection({ state, sessions, labelOf, nameOf, keep, update, ready = true }: TrendsSectionProps) {
  const { before, after } = state;
  const ordered = before.to < after.to;
  return (
    <section className="convergence-trends" data-testid="trends-section" aria-labelledby="trends-heading">
      <h2 id="trends-heading">Moving together, moving apart</h2>
      <div className="toolbar">
        <WindowPicker label="Before: as of the end of" value={before} sessions={sessions} labelOf={labelOf} onChange={(s) => update({ before: sessionParam(s) })} />
        <WindowPicker label="After: as of the end of" value={after} sessions={sessions} labelOf={labelOf} onChange={(s) => update({ after: sessionParam(s) })} />
        <label>
          <input type="checkbox" checked={state.thin} onChange={(e) => update({ thin: e.target.checked ? '1' : null })} /> include pairs
          sharing fewer than {MIN_SHARED_ISSUES} issues
        </label>
      </div>
      {ordered ? (
        <TrendTables ready={ready} before={before} after={after} state={state} labelOf={labelOf} nameOf={nameOf} keep={keep} />
      ) : (
        <p className="banner" data-testid="trends-order">
          Choose a “before” session earlier than the “after” one to compare them.
        </p>
      )}
    </section>
  );
}

function WindowPicker(props: { label: string; value: SessionWindow; sessions: readonly number[]; labelOf: (s: number) => string; onChange: (s: number) => void }) {
  return (
    <label>
      {props.label}{' '}
      <select value={props.value.to} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.sessions.map((s) => (
          <option key={s} value={s}>
            {props.labelOf(s)}
          </option>
        ))}
      </select>
    </label>
  );
}

function TrendTables({ before, after, state, labelOf, nameOf, keep, ready }: { ready: boolean; before: SessionWindow; after: SessionWindow; state: ConvergenceState; labelOf: (s: number) => string; nameOf: (code: string) => string; keep: (code: string) => boolean }) {
  const trends = usePairTrends(before, after, ready);
  const early = useAgreementMatrix(before, ready);
  const late = useAgreementMatrix(after, ready);
  const tables = useMemo(() => {
    if (!trends.data || !early.data || !late.data) return undefined;
    const matrices = { before: early.data, after: late.data };
    const options = { keep, thin: state.thin, limit: LIMIT, nameOf };
    return {
      converging: trendRows(trends.data, 'converging', matrices, options),
      diverging: trendRows(trends.data, 'diverging', matrices, options),
      compared: trends.data.pairs.filter((p) => keep(p.a) && keep(p.b) && (state.thin || !p.insufficient)).length,
    };
  }, [trends.data, early.data, late.data, keep, state.thin, nameOf]);

  const error = trends.error ?? early.error ?? late.error;
  if (error) return <p role="alert" className="banner banner-error">The trends could not be computed: {error.message}</p>;
  if (!tables || !trends.data) return <p role="status" className="status">Computing how pairs moved…</p>;
  const span = `from the ${labelOf(before.to)} to the ${labelOf(after.to)}`;
  return (
    <>
      <p className="muted" data-testid="trends-caption">
        n = {plural(tables.compared, 'pair')} of delegations shown with a chance-corrected agreement in both windows
        {state.thin ? '' : ` and at least ${MIN_SHARED_ISSUES} shared issues in each`}. Change = CA after − CA before, with a
        95% paired bootstrap interval over issues; positions carried forward to the end of each session.
      </p>
      <TrendTable id="converging" title={`Converging most ${span}`} rows={tables.converging} trends={trends.data} />
      <TrendTable id="diverging" title={`Diverging most ${span}`} rows={tables.diverging} trends={trends.data} />
    </>
  );
}

function TrendTable({ id, title, rows, trends }: { id: string; title: string; rows: readonly TrendRow[]; trends: { before: SessionWindow; after: SessionWindow } }) {
  const headingId = `trend-${id}-heading`;
  return (
    <div className="trend-table" data-testid={`trend-${id}`}>
      <h3 id={headingId}>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">No pair of the delegations shown {id === 'converging' ? 'converged' : 'diverged'} between these windows.</p>
      ) : (
        <div className="table-scroll">
          <table aria-labelledby={headingId}>
            <thead>
              <tr>
                <th scope="col">Pair</th>
                <th scope="col" className="num">CA {windowLabel(trends.before)}</th>
                <th scope="col" className="num">CA {windowLabel(trends.after)}</th>
                <th scope="col" className="num">Change</th>
                <th scope="col">95% interval</th>
                <th scope="col" className="num">n before</th>
                <th scope="col" className="num">n after</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.a}-${r.b}`} data-pair={`${r.a}-${r.b}`}>
                  <th scope="row">
                    {r.nameA} – {r.nameB}
                  </th>
                  <td className="num">{formatValue(r.before)}</td>
                  <td className="num">{formatValue(r.after)}</td>
                  <td className="num">{r.change > 0 ? '+' : ''}{formatValue(r.change)}</td>
                  <td>{formatInterval(r.interval)}</td>
                  <td className="num">{r.nBefore}</td>
                  <td className="num">{r.nAfter}</td>
                  <td>
                    {[r.significant ? 'interval excludes 0' : 'interval includes 0', r.insufficient ? `insufficient (n < ${MIN_SHARED_ISSUES})` : '']
                      .filter(Boolean)
                      .join('; ')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ExportCsvButton fileName={`${id}-${windowLabel(trends.before)}-${windowLabel(trends.after)}.csv`} rows={() => trendCsvRows(rows, trends)} label={`Export ${id} pairs (CSV)`} />
    </div>
  );
}
