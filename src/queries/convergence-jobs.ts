// The heavy parts of the convergence view that are not one agreement matrix: pair trends
// between two windows and the map's trajectories over every session. Pure functions of
// their inputs, run in convergence.worker.ts when the room is large, inline otherwise.
import { agreementMatrix } from '../analysis/agreement-matrix';
import { MIN_SHARED_ISSUES } from '../analysis/pair-kernel';
import type { Observation } from '../analysis/observations';
import { pairTrends, type PairTrends } from '../analysis/pair-trends';
import { sessionWindow, type SessionWindow } from '../analysis/session-window';
import { mapTrajectories, type Trajectory } from '../analysis/trajectories';
import { positionsInWindow, type WindowPositions } from '../analysis/window-positions';
import type { Issue } from '../shared/dataset-schema';
import type { ActorCode } from '../shared/ids';

export interface TrendsJob {
  readonly kind: 'trends';
  readonly before: WindowPositions;
  readonly after: WindowPositions;
  readonly issues: readonly Issue[];
}

export interface TrajectoriesJob {
  readonly kind: 'trajectories';
  readonly observations: readonly Observation[];
  readonly issues: readonly Issue[];
  readonly first: number; // first session of the calendar
  readonly sessions: readonly number[]; // one window [first, s] per session s, ascending
}

export interface MapWindow {
  readonly window: SessionWindow;
  readonly placed: number; // delegations placed on the map in this window
  readonly excluded: readonly ActorCode[]; // positioned, but on too few issues to place
}

export interface TrajectoriesResult {
  readonly windows: readonly MapWindow[]; // windows drawn, ascending
  readonly trajectories: readonly Trajectory[];
}

/** Fewer placed delegations than this make no map: two points are always a line. */
export const MIN_PLACED = 3;

export function runTrendsJob(job: TrendsJob): PairTrends {
  return pairTrends(job.before, job.after, job.issues);
}

/**
 * One map per session as held at its end (window [first, s]), each aligned on the previous
 * one. Sessions in which fewer than MIN_PLACED delegations hold positions on at least
 * MIN_SHARED_ISSUES issues are skipped: there is no map to draw yet.
 */
export function runTrajectoriesJob(job: TrajectoriesJob): TrajectoriesResult {
  const matrices = job.sessions
    // The map places delegations by CA alone: no bootstrap intervals (most of a matrix's work).
    .map((s) => agreementMatrix(positionsInWindow(job.observations, sessionWindow(job.first, s)), job.issues, { resamples: 0 }))
    .filter((m) => m.positionedOn.filter((n) => n >= MIN_SHARED_ISSUES).length >= MIN_PLACED);
  const { maps, trajectories } = mapTrajectories(matrices);
  return {
    windows: maps.map((m) => ({ window: m.window, placed: m.points.length, excluded: m.excluded })),
    trajectories,
  };
}
