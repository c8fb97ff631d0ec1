// The convergence view's queries beyond one window's matrix: pair trends between two
// windows and the map's trajectories over the sessions. Static per dataset: never refetched.
import { useQuery } from '@tanstack/react-query';
import type { PairTrends } from '../analysis/pair-trends';
import { windowLabel, type SessionWindow } from '../analysis/session-window';
import { analysisKeys, useObservations, useSessionNumbers, windowPositions } from './use-analysis';
import { useDatasetIndex } from './use-dataset';
import { computeTrajectories, computeTrends } from './convergence-runner';
import type { TrajectoriesResult } from './convergence-jobs';

export const convergenceKeys = {
  trends: (hash: string, before: SessionWindow, after: SessionWindow) =>
    [...analysisKeys.all, 'trends', hash, windowLabel(before), windowLabel(after)] as const,
  trajectories: (hash: string) => [...analysisKeys.all, 'trajectories', hash] as const,
};

/** Pairs converging and diverging between two windows (change in CA with intervals). */
export function usePairTrends(before: SessionWindow, after: SessionWindow, enabled = true) {
  const { dataset } = useDatasetIndex();
  const observations = useObservations();
  return useQuery<PairTrends>({
    queryKey: convergenceKeys.trends(dataset.contentHash, before, after),
    // Positions only when it runs: the view's first render does not wait for two windows.
    queryFn: () =>
      computeTrends({ kind: 'trends', before: windowPositions(observations, before), after: windowPositions(observations, after), issues: dataset.issues }),
    enabled,
    staleTime: Infinity,
    networkMode: 'always',
  });
}

/** The 2-D map of every session (positions as held at its end), aligned session to session. */
export function useMapTrajectories(enabled = true) {
  const { dataset } = useDatasetIndex();
  const observations = useObservations();
  const sessions = useSessionNumbers();
  return useQuery<TrajectoriesResult>({
    queryKey: convergenceKeys.trajectories(dataset.contentHash),
    queryFn: () =>
      computeTrajectories({ kind: 'trajectories', observations, issues: dataset.issues, first: sessions[0] ?? 0, sessions }),
    enabled,
    staleTime: Infinity,
    networkMode: 'always',
  });
}
