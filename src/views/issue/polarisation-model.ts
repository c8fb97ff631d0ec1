// The polarisation line: issuePolarisation per session (positions carried forward), and
// the convergence between the first and the last session with evidence on the issue,
// measured on the balanced panel (delegations positioned at both ends).
//
// Numeric policy: polarisation in [0, 1] (mean pairwise distance), undefined below two
// delegations; change = after - before, negative when the room converged.
import { issueConvergence, type IssueConvergence } from '../../analysis/convergence';
import { issuePolarisation } from '../../analysis/issue-polarisation';
import type { Observation } from '../../analysis/observations';
import { sessionWindow, type SessionWindow } from '../../analysis/session-window';
import { positionsInWindow } from '../../analysis/window-positions';
import type { Issue } from '../../shared/dataset-schema';

export interface PolarisationPoint {
  readonly session: number;
  readonly polarisation: number | undefined;
  readonly n: number; // delegations positioned by this session
}

export interface IssueTrend {
  readonly points: readonly PolarisationPoint[];
  // undefined when fewer than two sessions in the window carry evidence on the issue
  readonly convergence: (IssueConvergence & { readonly first: number; readonly last: number }) | undefined;
  readonly evidenced: readonly number[]; // sessions in the window with evidence, ascending
}

export function issueTrend(observations: readonly Observation[], issue: Issue, window: SessionWindow, sessions: readonly number[]): IssueTrend {
  const inRange = sessions.filter((s) => s >= window.from && s <= window.to);
  const points = inRange.map((s) => {
    const p = issuePolarisation(positionsInWindow(observations, sessionWindow(s, s)), issue);
    return { session: s, polarisation: p.polarisation, n: p.n };
  });
  const evidenced = [
    ...new Set(
      observations
        .filter((o) => o.issue === issue.id && o.placedSession !== null && o.placedSession >= window.from && o.placedSession <= window.to)
        .map((o) => o.placedSession!),
    ),
  ].sort((a, b) => a - b);
  let convergence: IssueTrend['convergence'];
  if (evidenced.length >= 2) {
    const first = evidenced[0]!;
    const last = evidenced[evidenced.length - 1]!;
    const before = positionsInWindow(observations, sessionWindow(first, first));
    const after = positionsInWindow(observations, sessionWindow(last, last));
    convergence = { ...issueConvergence(before, after, issue), first, last };
  }
  return { points, convergence, evidenced };
}

export function trendTable(trend: IssueTrend, label: (session: number) => string): (string | number)[][] {
  const c = trend.convergence;
  return [
    ['session', 'polarisation', 'n delegations', 'balanced panel polarisation', 'panel size'],
    ...trend.points.map((p) => {
      const panel = c && p.session === c.first ? c.before : c && p.session === c.last ? c.after : undefined;
      return [label(p.session), fixed(p.polarisation), p.n, fixed(panel), panel === undefined ? '' : c!.panel];
    }),
  ];
}

export function fixed(v: number | undefined, digits = 2): string {
  return v === undefined ? '' : v.toFixed(digits);
}
