// /convergence: who agrees with whom, how that changed, and the room as a map. Every choice
// (session, order, windows, filter, labelled delegations) lives in the URL.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from '../../app/use-search-params';
import { useSessionNumbers } from '../../queries/use-analysis';
import { useDatasetIndex } from '../../queries/use-dataset';
import { parseConvergenceState } from './convergence-params';
import { DelegationFilterForm } from './DelegationFilterForm';
import { namedGroups } from '../../components/named-groups';
import { matchesFilter } from './delegation-filter';
import { MapSection } from './MapSection';
import { MatrixSection } from './MatrixSection';
import { TrendsSection } from './TrendsSection';
import { useMatrixView } from './use-matrix-view';
import './convergence.css';

export function ConvergenceView() {
  const sessions = useSessionNumbers();
  if (sessions.length === 0) {
    return (
      <section className="convergence" data-testid="convergence-view">
        <h1>Convergence</h1>
        <p className="banner" data-testid="matrix-section" data-ready="true">
          The dataset has no session calendar, so there is no window to compare.
        </p>
      </section>
    );
  }
  return <ConvergenceBody sessions={sessions} />;
}

function ConvergenceBody({ sessions }: { sessions: readonly number[] }) {
  const index = useDatasetIndex();
  const [params, update] = useSearchParams();
  const state = parseConvergenceState(params, sessions);
  const { filter } = state;

  const groups = useMemo(() => namedGroups(index), [index]);
  const matches = useMemo(
    () => matchesFilter(index, filter, groups),
    [index, groups, filter.region, filter.eu, filter.group, filter.q], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const view = useMatrixView(state, matches, sessions);

  const nameOf = useCallback((code: string) => index.actor.get(code)?.name ?? code, [index]);
  const labelOf = useCallback(
    (session: number) => index.dataset.sessions.find((s) => s.number === session)?.label ?? `session ${session}`,
    [index],
  );
  // The matrix is computed first; the trends and the map (seconds of work for a large room)
  // start once it is on screen.
  const matrixFirst = view.step !== undefined || view.error !== null;
  const onAt = useCallback((session: number) => update({ at: String(session) }, { replace: true }), [update]);

  return (
    <section className="convergence" data-testid="convergence-view">
      <h1>Convergence</h1>
      <p className="lead">
        Which delegations take the same positions, once agreement expected by chance is taken out; how that changed over the
        sessions; and who moved together or apart.
      </p>
      <DelegationFilterForm filter={filter} groups={groups} shown={view.shown.length} update={update} />
      <MatrixSection index={index} state={state} view={view} sessions={sessions} labelOf={labelOf} nameOf={nameOf} onAt={onAt} update={update} />
      <TrendsSection ready={matrixFirst} state={state} sessions={sessions} labelOf={labelOf} nameOf={nameOf} keep={view.keep} update={update} />
      <MapSection ready={matrixFirst} index={index} state={state} labelOf={labelOf} nameOf={nameOf} keep={view.keep} update={update} />
    </section>
  );
}
