// Positions by session, the rows of the stacked bars. A delegation's position at session s
// is its latest evidence up to s (carried forward), so a bar counts everyone positioned
// by then; `fresh` counts those among them with evidence from session s itself.
//
// Input: the issue's observations only (positionsInWindow per session is then cheap).
import type { Observation } from '../../analysis/observations';
import { sessionWindow } from '../../analysis/session-window';
import { positionsInWindow, type HeldPosition } from '../../analysis/window-positions';
import type { Issue } from '../../shared/dataset-schema';
import { categoryList, type IssueCategory } from './issue-categories-list';

export interface SessionBarRow {
  readonly session: number;
  readonly counts: readonly number[]; // per category, in the order of `categories`
  readonly positioned: number; // delegations positioned by this session (the bar's n)
  readonly fresh: number; // of them, evidenced in this session
}

export interface SessionBarsModel {
  readonly categories: readonly IssueCategory[];
  readonly rows: readonly SessionBarRow[];
}

/** One row per session number given (ascending), held positions carried forward. */
export function sessionBars(observations: readonly Observation[], issue: Issue, sessions: readonly number[]): SessionBarsModel {
  const bySession = sessions.map((s) => ({
    session: s,
    held: positionsInWindow(observations, sessionWindow(s, s)).positions.filter((p) => p.issue === issue.id),
  }));
  const all: HeldPosition[] = bySession.flatMap((b) => b.held);
  const categories = categoryList(issue, all);
  const at = new Map(categories.map((c, i) => [c.key, i]));
  const rows = bySession.map(({ session, held }) => {
    const counts = categories.map(() => 0);
    for (const h of held) counts[at.get(h.key)!]!++;
    return { session, counts, positioned: held.length, fresh: held.filter((h) => !h.carried).length };
  });
  return { categories, rows };
}

/** The table alternative and CSV: one row per session, one column per position. */
export function sessionBarsTable(model: SessionBarsModel, label: (session: number) => string): (string | number)[][] {
  return [
    ['session', ...model.categories.map((c) => c.label), 'positioned', 'newly evidenced'],
    ...model.rows.map((r) => [label(r.session), ...r.counts, r.positioned, r.fresh]),
  ];
}
