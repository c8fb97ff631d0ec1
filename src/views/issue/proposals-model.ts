// The figures proposed on the numeric issue, one per delegation statement: x is the
// statement's date (or, undated, the end of its session), y the number, a range [a, b] a
// segment from a to b.
import type { Observation } from '../../analysis/observations';
import type { SessionWindow } from '../../analysis/session-window';
import type { StanceValue } from '../../shared/dataset-schema';
import type { ClientDataset } from '../../shared/client-dataset';
import type { ActorCode, StatementId } from '../../shared/ids';

export interface Proposal {
  readonly actor: ActorCode;
  readonly statement: StatementId;
  readonly value: StanceValue;
  readonly low: number;
  readonly high: number; // equal to low for a single figure
  readonly date: string | null; // the statement's date
  readonly x: string; // YYYY-MM-DD placed on the time axis
  readonly session: number | null; // placed session
  readonly joint: boolean;
}

/**
 * Proposals in the window (by placed session), ordered by x, then actor code. Several
 * stances of one delegation in one statement with the same figure count once.
 */
export function proposals(observations: readonly Observation[], issueId: string, window: SessionWindow, sessions: ClientDataset['sessions']): Proposal[] {
  const endOf = new Map<number, string>();
  for (const s of sessions) if ((endOf.get(s.number) ?? '') < s.end) endOf.set(s.number, s.end);
  const seen = new Set<string>();
  const out: Proposal[] = [];
  for (const o of observations) {
    if (o.issue !== issueId || o.value === null || o.placedSession === null) continue;
    if (o.placedSession < window.from || o.placedSession > window.to) continue;
    const x = o.date ?? endOf.get(o.placedSession);
    if (!x) continue;
    const id = `${o.actor} ${o.statement} ${o.key}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const [low, high] = Array.isArray(o.value) ? [Math.min(...o.value), Math.max(...o.value)] : [o.value, o.value];
    out.push({ actor: o.actor, statement: o.statement, value: o.value, low, high, date: o.date, x, session: o.placedSession, joint: o.joint });
  }
  return out.sort((a, b) => (a.x < b.x ? -1 : a.x > b.x ? 1 : a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0));
}
