// The matrices behind the heatmap at one replay step, the bloc order and the delegations
// shown. While the next step's matrix is computed the last one stays on screen, so a
// replay never blanks the chart.
import { useMemo, useRef } from 'react';
import type { AgreementMatrix } from '../../analysis/agreement-matrix';
import { clusterBlocs } from '../../analysis/blocs';
import { sessionWindow } from '../../analysis/session-window';
import { blocOrder } from '../../charts/heatmap/heatmap-model';
import { useAgreementMatrix, usePrefetchSessionMatrices } from '../../queries/use-analysis';
import type { ActorCode } from '../../shared/ids';
import type { ConvergenceState } from './convergence-params';

export interface MatrixView {
  readonly step: AgreementMatrix | undefined; // the window [first, at]
  readonly reference: AgreementMatrix | undefined; // whose blocs order the rows
  readonly shown: readonly ActorCode[]; // in bloc order, filtered
  readonly keep: (code: string) => boolean; // the whole filter, minimum included
  readonly clustered: number; // delegations in the clustering (the rest trail, by code)
  readonly stale: boolean; // showing the previous step while this one is computed
  readonly error: Error | null;
}

function useKept<T>(value: T | undefined): T | undefined {
  const ref = useRef(value);
  if (value !== undefined) ref.current = value;
  return value ?? ref.current;
}

export function useMatrixView(state: ConvergenceState, matches: (code: string) => boolean, sessions: readonly number[] = []): MatrixView {
  const stepQuery = useAgreementMatrix(sessionWindow(state.first, state.at));
  const finalQuery = useAgreementMatrix(sessionWindow(state.first, state.last));
  // With this step on screen, the other steps are computed ahead for the slider and replay.
  usePrefetchSessionMatrices(sessions, state.first, state.at, stepQuery.data !== undefined && finalQuery.data !== undefined);
  const step = useKept(stepQuery.data);
  const finalMatrix = useKept(finalQuery.data);
  const reference = state.order === 'step' ? step : finalMatrix;

  const tree = useMemo(() => (reference ? clusterBlocs(reference) : undefined), [reference]);
  const keep = useMemo(() => {
    const counts = new Map<string, number>(reference?.actors.map((a, i) => [a, reference.positionedOn[i]!]) ?? []);
    return (code: string) => (counts.get(code) ?? 0) >= state.filter.min && matches(code);
  }, [reference, matches, state.filter.min]);
  const shownKey = useMemo(() => (tree ? blocOrder(tree).filter(keep).join(',') : ''), [tree, keep]);
  const shown = useMemo(() => (shownKey ? (shownKey.split(',') as ActorCode[]) : []), [shownKey]);

  return {
    step,
    reference,
    shown,
    keep,
    clustered: tree?.order.length ?? 0,
    stale: stepQuery.data === undefined && step !== undefined,
    error: stepQuery.error ?? finalQuery.error ?? null,
  };
}
