// The matrices behind the heatmap at one replay step, the bloc order and the delegations
// shown. A window is drawn from its point estimates as soon as they are known (a few
// milliseconds); its bootstrap intervals follow from the worker and only fill in the
// details, so the picture and the bloc order are not computed twice. While the next step's
// estimates are computed the last step stays on screen, so a replay never blanks the chart.
import { useMemo, useRef } from 'react';
import type { AgreementMatrix } from '../../analysis/agreement-matrix';
import { sessionWindow, windowLabel } from '../../analysis/session-window';
import { blocOrder } from '../../charts/heatmap/heatmap-model';
import { blocTreeOf, useAgreementEstimates, useAgreementMatrix, usePrefetchSessionMatrices } from '../../queries/use-analysis';
import type { ActorCode } from '../../shared/ids';
import type { ConvergenceState } from './convergence-params';

export interface MatrixView {
  readonly step: AgreementMatrix | undefined; // the window [first, at]: its point estimates, or the complete matrix
  readonly complete: AgreementMatrix | undefined; // the window [first, at] with its intervals, once computed
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
  const stepWindow = sessionWindow(state.first, state.at);
  const finalWindow = sessionWindow(state.first, state.last);
  const stepEstimates = useAgreementEstimates(stepWindow);
  const finalEstimates = useAgreementEstimates(finalWindow);
  const stepQuery = useAgreementMatrix(stepWindow);
  // With this step on screen, the other steps are computed ahead for the slider and replay.
  usePrefetchSessionMatrices(sessions, state.first, state.at, stepEstimates.data !== undefined && finalEstimates.data !== undefined);
  // The estimates object stays in use once the complete matrix arrives: same values, so the
  // clustering, the model and the picture keep their memos.
  const step = useKept(stepEstimates.data ?? stepQuery.data);
  const finalMatrix = useKept(finalEstimates.data);
  const reference = state.order === 'step' ? step : finalMatrix;
  const complete = stepQuery.data && step && windowLabel(stepQuery.data.window) === windowLabel(step.window) ? stepQuery.data : undefined;

  const tree = useMemo(() => (reference ? blocTreeOf(reference) : undefined), [reference]);
  const keep = useMemo(() => {
    const counts = new Map<string, number>(reference?.actors.map((a, i) => [a, reference.positionedOn[i]!]) ?? []);
    return (code: string) => (counts.get(code) ?? 0) >= state.filter.min && matches(code);
  }, [reference, matches, state.filter.min]);
  const shownKey = useMemo(() => (tree ? blocOrder(tree).filter(keep).join(',') : ''), [tree, keep]);
  const shown = useMemo(() => (shownKey ? (shownKey.split(',') as ActorCode[]) : []), [shownKey]);

  return {
    step,
    complete,
    reference,
    shown,
    keep,
    clustered: tree?.order.length ?? 0,
    stale: stepEstimates.data === undefined && step !== undefined,
    error: stepEstimates.error ?? finalEstimates.error ?? stepQuery.error ?? null,
  };
}
