// The pairwise agreement matrix of the convergence view: the session slider that replays
// it, the heatmap in its chart frame (caption with n, source, exports, table), coverage.
import { useLayoutEffect, useMemo } from 'react';
import { Link } from 'wouter';
import { agreementCsvRows } from '../../analysis/agreement-csv';
import { MIN_SHARED_ISSUES } from '../../analysis/pair-kernel';
import { sessionWindow, windowLabel } from '../../analysis/session-window';
import { HeatmapContainer } from '../../charts/heatmap/HeatmapContainer';
import { heatmapModel, type HeatmapCell } from '../../charts/heatmap/heatmap-model';
import { ChartFrame } from '../../charts/ChartFrame';
import { markMatrixShown } from '../../app/perf-marks';
import { Coverage } from '../../components/Coverage';
import { formatDate, plural } from '../../components/format';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { ConvergenceState } from './convergence-params';
import { SessionSlider } from './SessionSlider';
import type { MatrixView } from './use-matrix-view';

export interface MatrixSectionProps {
  index: DatasetIndex;
  state: ConvergenceState;
  view: MatrixView;
  sessions: readonly number[];
  labelOf: (session: number) => string;
  nameOf: (code: string) => string;
  onAt: (session: number) => void;
  update: (changes: Record<string, string | null>, options?: { replace?: boolean }) => void;
}

export function MatrixSection({ index, state, view, sessions, labelOf, nameOf, onAt, update }: MatrixSectionProps) {
  const { step, shown } = view;
  const model = useMemo(() => (step ? heatmapModel(step, shown, nameOf) : undefined), [step, shown, nameOf]);
  const window = sessionWindow(state.first, state.at);
  const ready = model !== undefined || view.error !== null;
  // The benchmark's mark: this window's matrix (not the previous step's) is on screen.
  const shownWindow = model && !view.stale && view.reference ? windowLabel(model.window) : null;
  useLayoutEffect(() => {
    if (shownWindow) markMatrixShown(shownWindow);
  }, [shownWindow, model]);

  return (
    <section className="convergence-matrix" data-testid="matrix-section" data-ready={ready ? 'true' : 'false'} aria-labelledby="matrix-heading">
      <h2 id="matrix-heading">Who agrees with whom</h2>
      <SessionSlider sessions={sessions} at={state.at} labelOf={labelOf} onChange={onAt} />
      <p className="toolbar">
        <label>
          Rows and columns in{' '}
          <select value={state.order} onChange={(e) => update({ order: e.target.value === 'step' ? 'step' : null })}>
            <option value="final">bloc order as of the {labelOf(state.last)} (holds still in a replay)</option>
            <option value="step">bloc order of the session shown (re-clustered at each step)</option>
          </select>
        </label>
      </p>
      <Coverage index={index} window={window} />
      {view.error && (
        <p role="alert" className="banner banner-error">
          The agreement matrix could not be computed: {view.error.message}
        </p>
      )}
      {!model && !view.error && (
        <p role="status" className="status">
          Computing pairwise agreement…
        </p>
      )}
      {model && model.axis.length === 0 && (
        <p className="banner" data-testid="matrix-empty">
          No delegation passes the filter with positions on at least {plural(state.filter.min, 'issue')} as of the{' '}
          {labelOf(state.at)}. Lower the minimum or widen the filter.
        </p>
      )}
      {model && model.axis.length > 0 && step && (
        <ChartFrame
          testId="matrix-chart"
          title={`Pairwise agreement as of the ${labelOf(state.at)}`}
          caption={
            `n = ${plural(model.delegations, 'delegation')} positioned as of the ${labelOf(state.at)}` +
            `${model.axis.length > model.delegations ? ` (${model.axis.length} rows)` : ''}; ` +
            `${model.sufficientPairs} of ${plural(model.pairs, 'pair')} sharing an issue share at least ${MIN_SHARED_ISSUES}` +
            `${model.jointOnlyPairs ? `; ${plural(model.jointOnlyPairs, 'pair')} ${model.jointOnlyPairs === 1 ? 'rests' : 'rest'} only on joint statements` : ''}. ` +
            `Colour: chance-corrected agreement (CA); rows in bloc order (average linkage on 1 − CA) as of the ` +
            `${labelOf(state.order === 'step' ? state.at : state.last)}.` +
            `${view.complete || !step.intervalsPending ? '' : ' The 95% intervals of CA are being computed.'}`
          }
          source={`Common Ground dataset, latest evidence ${formatDate(index.dataset.latestEvidence)}; positions carried forward to the end of each session; CA after Häge (2011).`}
          fileName={`agreement-${windowLabel(window)}`}
          table={() => agreementTable(view.complete ?? step, new Set(shown))}
        >
          {view.stale && (
            <p role="status" className="muted small">
              Computing the {labelOf(state.at)}…
            </p>
          )}
          <HeatmapContainer
            model={model}
            nameOf={nameOf}
            label={`Agreement matrix, ${model.axis.length} by ${model.axis.length} delegations`}
            actions={pairLinks}
            complete={view.complete}
          />
        </ChartFrame>
      )}
    </section>
  );
}

/** Where to read what the pair said: side by side, or each delegation's page. */
function pairLinks(cell: HeatmapCell) {
  return (
    <p className="small">
      <Link href={`/compare?actors=${cell.row},${cell.col}`}>Compare their positions</Link> ·{' '}
      <Link href={`/delegation/${cell.row}`}>{cell.row}</Link> · <Link href={`/delegation/${cell.col}`}>{cell.col}</Link>
    </p>
  );
}

/** agreement.csv rows of the window, for the pairs shown. */
function agreementTable(matrix: Parameters<typeof agreementCsvRows>[0][number], shown: ReadonlySet<string>): string[][] {
  const [header, ...rows] = agreementCsvRows([matrix]);
  return [header!, ...rows.filter((r) => shown.has(r[1]!) && shown.has(r[2]!))];
}
