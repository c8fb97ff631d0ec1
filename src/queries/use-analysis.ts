// The analysis of the loaded dataset, memoised per dataset and window. Heavy matrices go
// through react-query (and a Web Worker when large) so views never recompute them on render.
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { observationsFromDataset, type Observation } from '../analysis/observations';
import { positionsInWindow, type WindowPositions } from '../analysis/window-positions';
import { sessionWindow, windowLabel, type SessionWindow } from '../analysis/session-window';
import type { AgreementMatrix } from '../analysis/agreement-matrix';
import { clusterBlocs, type BlocTree } from '../analysis/blocs';
import { useDatasetIndex } from './use-dataset';
import { computeIntervals } from './agreement-runner';
import { agreementEstimates, withIntervals } from '../analysis/matrix-intervals';
import { markMatricesAhead } from '../app/perf-marks';
import type { ClientDataset } from '../shared/client-dataset';

const observationCache = new WeakMap<object, Observation[]>();

export function useObservations(): Observation[] {
  const { dataset } = useDatasetIndex();
  let obs = observationCache.get(dataset);
  if (!obs) {
    obs = observationsFromDataset(dataset);
    observationCache.set(dataset, obs);
  }
  return obs;
}

/** Session numbers present in the dataset's calendar, ascending. */
export function useSessionNumbers(): number[] {
  const { dataset } = useDatasetIndex();
  return useMemo(() => [...new Set(dataset.sessions.map((s) => s.number))].sort((a, b) => a - b), [dataset]);
}

/** The widest window: from the first to the last session of the calendar. */
export function useFullWindow(): SessionWindow {
  const numbers = useSessionNumbers();
  return sessionWindow(numbers[0] ?? 0, numbers[numbers.length - 1] ?? 0);
}

export function useWindowPositions(window: SessionWindow): WindowPositions {
  const observations = useObservations();
  return useMemo(() => windowPositions(observations, window), [observations, window.from, window.to]); // eslint-disable-line react-hooks/exhaustive-deps
}

export const analysisKeys = {
  all: ['analysis'] as const,
  matrix: (hash: string, window: SessionWindow) => [...analysisKeys.all, 'matrix', hash, windowLabel(window)] as const,
  estimates: (hash: string, window: SessionWindow) => [...analysisKeys.all, 'estimates', hash, windowLabel(window)] as const,
};

interface KnownWindow {
  positions?: WindowPositions;
  matrix?: AgreementMatrix; // the point estimates (intervalsPending) or the complete matrix
}

// Per dataset (keyed by its observations) and window label: what is known of the window, so
// its positions and point estimates are computed once whichever query asks first, and a
// complete matrix serves later asks for estimates.
const known = new WeakMap<readonly Observation[], Map<string, KnownWindow>>();

function knownWindow(observations: readonly Observation[], window: SessionWindow): KnownWindow {
  let byWindow = known.get(observations);
  if (!byWindow) known.set(observations, (byWindow = new Map()));
  const label = windowLabel(window);
  let entry = byWindow.get(label);
  if (!entry) byWindow.set(label, (entry = {}));
  return entry;
}

export function windowPositions(observations: readonly Observation[], window: SessionWindow): WindowPositions {
  const entry = knownWindow(observations, window);
  return (entry.positions ??= positionsInWindow(observations, window));
}

function estimatesOf(dataset: ClientDataset, observations: readonly Observation[], window: SessionWindow): AgreementMatrix {
  const entry = knownWindow(observations, window);
  return (entry.matrix ??= agreementEstimates(windowPositions(observations, window), dataset.issues));
}

/** The query of a window's complete agreement matrix (with bootstrap intervals), computed only when it runs. */
export function agreementMatrixQueryOptions(dataset: ClientDataset, observations: readonly Observation[], window: SessionWindow) {
  return queryOptions<AgreementMatrix>({
    queryKey: analysisKeys.matrix(dataset.contentHash, window),
    queryFn: async () => {
      const estimates = estimatesOf(dataset, observations, window);
      if (!estimates.intervalsPending) return estimates;
      const matrix = withIntervals(estimates, await computeIntervals(windowPositions(observations, window), dataset.issues));
      knownWindow(observations, window).matrix = matrix;
      return matrix;
    },
    staleTime: Infinity,
    networkMode: 'always',
  });
}

/**
 * The query of a window's point estimates: the matrix with intervalsPending (or the complete
 * matrix when already known). A few milliseconds on the main thread, even for 193 delegations.
 */
export function agreementEstimatesQueryOptions(dataset: ClientDataset, observations: readonly Observation[], window: SessionWindow) {
  return queryOptions<AgreementMatrix>({
    queryKey: analysisKeys.estimates(dataset.contentHash, window),
    queryFn: () => estimatesOf(dataset, observations, window),
    staleTime: Infinity,
    networkMode: 'always',
  });
}

/** Pairwise agreement for a window (chance-corrected, with intervals); computed only when `enabled`. */
export function useAgreementMatrix(window: SessionWindow, enabled = true) {
  const { dataset } = useDatasetIndex();
  const observations = useObservations();
  return useQuery({ ...agreementMatrixQueryOptions(dataset, observations, window), enabled });
}

/** The point estimates of a window's matrix (agreementEstimatesQueryOptions); computed only when `enabled`. */
export function useAgreementEstimates(window: SessionWindow, enabled = true) {
  const { dataset } = useDatasetIndex();
  const observations = useObservations();
  return useQuery({
    ...agreementEstimatesQueryOptions(dataset, observations, window),
    // Computed in the render that asks (a few ms), not in a fetch after it: the matrix is
    // drawn in the same commit as the view or the slider step, and a window computed ahead
    // costs nothing.
    initialData: enabled ? () => estimatesOf(dataset, observations, window) : undefined,
    enabled,
  });
}

/**
 * Once `ready`, computes the matrices of the windows [first, s] for every session s, nearest
 * to `at` first, one after the other (in the worker for a large room): a slider step or a
 * replay then finds its matrix computed.
 */
export function usePrefetchSessionMatrices(sessions: readonly number[], first: number, at: number, ready: boolean): void {
  const client = useQueryClient();
  const { dataset } = useDatasetIndex();
  const observations = useObservations();
  useEffect(() => {
    if (!ready) return;
    let cancelled = false;
    const order = [...sessions].sort((a, b) => Math.abs(a - at) - Math.abs(b - at) || a - b);
    void (async () => {
      for (const s of order) {
        if (cancelled) return;
        await client.prefetchQuery(agreementMatrixQueryOptions(dataset, observations, sessionWindow(first, s)));
      }
      if (!cancelled) markMatricesAhead();
    })();
    return () => {
      cancelled = true;
    };
  }, [client, dataset, observations, sessions, first, at, ready]);
}

// The bloc tree of each matrix, kept while the matrix is: a revisit or a replay back to a
// window does not cluster it again.
const trees = new WeakMap<AgreementMatrix, BlocTree>();

/** clusterBlocs(matrix), memoised per matrix object. */
export function blocTreeOf(matrix: AgreementMatrix): BlocTree {
  let tree = trees.get(matrix);
  if (!tree) trees.set(matrix, (tree = clusterBlocs(matrix)));
  return tree;
}

/**
 * While the first screen is idle, computes what the convergence view draws first: the point
 * estimates of the whole calendar's window and their bloc tree (tens of ms each for 193
 * delegations, before the JIT has warmed up), one idle period each. The view then opens
 * from memory. Nothing is computed if the page never goes idle.
 */
export function usePrepareFirstMatrix(): void {
  const { dataset } = useDatasetIndex();
  const observations = useObservations();
  const window = useFullWindow();
  useEffect(() => {
    if (dataset.sessions.length === 0) return;
    let stopped = false;
    const idle: (run: () => void) => void =
      typeof requestIdleCallback === 'function' ? (run) => requestIdleCallback(run) : (run) => setTimeout(run, 50);
    idle(() => {
      if (stopped) return;
      const estimates = estimatesOf(dataset, observations, window);
      idle(() => {
        if (!stopped) blocTreeOf(estimates);
      });
    });
    return () => {
      stopped = true;
    };
  }, [dataset, observations, window.from, window.to]); // eslint-disable-line react-hooks/exhaustive-deps
}
