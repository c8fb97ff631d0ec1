// The trend of one issue within the brief's period: issueConvergence between the first and
// the last session of the period with evidence on the issue, on the balanced panel
// (delegations positioned at both), each side being the positions held at that session's
// end (sessionWindow(s, s)).
//
// Direction: converging when the whole 95% interval of the change lies below 0, diverging
// when above, "unchanged" when the change and its interval are exactly 0, otherwise "no
// clear change"; undefined when the panel has fewer than 2 delegations.
import { issueConvergence } from '../analysis/convergence';
import type { Observation } from '../analysis/observations';
import { sessionWindow, type SessionWindow } from '../analysis/session-window';
import type { WindowPositions } from '../analysis/window-positions';
import type { Issue } from '../shared/dataset-schema';
import type { ClientDataset } from '../shared/client-dataset';
import { sessionByNumber, sessionRef } from './brief-format';
import type { Trend, TrendDirection } from './brief-types';

/** Positions at the end of a window, memoised by the caller. */
export type PositionsAt = (window: SessionWindow) => WindowPositions;

/** Session numbers in the window with evidence on the issue, ascending. */
export function evidenceSessions(observations: readonly Observation[], issue: Issue, window: SessionWindow): number[] {
  const found = new Set<number>();
  for (const o of observations) {
    if (o.issue !== issue.id || o.placedSession === null) continue;
    if (o.placedSession >= window.from && o.placedSession <= window.to) found.add(o.placedSession);
  }
  return [...found].sort((a, b) => a - b);
}

export function issueTrend(
  dataset: Pick<ClientDataset, 'sessions'>,
  observations: readonly Observation[],
  issue: Issue,
  window: SessionWindow,
  positionsAt: PositionsAt,
): Trend {
  const sessions = evidenceSessions(observations, issue, window);
  if (sessions.length === 0) return { kind: 'none', reason: 'No evidence on this issue in the period, so no trend.' };
  const first = sessionByNumber(dataset, sessions[0]!);
  const last = sessionByNumber(dataset, sessions[sessions.length - 1]!);
  if (!first || !last) return { kind: 'none', reason: 'The sessions of the evidence are not in the calendar, so no trend.' };
  if (sessions.length === 1) {
    return { kind: 'none', reason: `All evidence in the period comes from one session (the ${first.label}), so no trend.` };
  }
  const c = issueConvergence(positionsAt(sessionWindow(first.number, first.number)), positionsAt(sessionWindow(last.number, last.number)), issue);
  return {
    kind: 'measured',
    first: sessionRef(first),
    last: sessionRef(last),
    panel: c.panel,
    before: c.before,
    after: c.after,
    change: c.change,
    interval: c.interval,
    direction: directionOf(c.change, c.interval),
  };
}

export function directionOf(change: number | undefined, interval: { low: number; high: number } | undefined): TrendDirection | undefined {
  if (change === undefined) return undefined;
  if (change === 0 && (!interval || (interval.low === 0 && interval.high === 0))) return 'unchanged';
  if (interval && interval.high < 0) return 'converging';
  if (interval && interval.low > 0) return 'diverging';
  return 'no clear change';
}
