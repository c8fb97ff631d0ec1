// A delegation's position on an issue in a window is its latest evidenced position up to
// the window's end: evidence from before the window is carried forward until contradicted.
// Silence is missing, never neutral: a delegation that never spoke on an issue has no entry.
//
// "Latest" orders observations by placed session, then date (undated first within a
// session), then input order. The statements behind a position are those since it was
// last contradicted (a change of position or value starts a new run).
import type { StanceValue } from '../shared/dataset-schema';
import type { ActorCode, IssueId, PositionId, StatementId } from '../shared/ids';
import type { Observation } from './observations';
import type { SessionWindow } from './session-window';

export interface HeldPosition {
  readonly actor: ActorCode;
  readonly issue: IssueId;
  readonly position: PositionId;
  readonly value: StanceValue | null;
  readonly key: string; // see positionKey
  readonly score: number | null;
  readonly date: string | null; // date of the last evidence (null when that one is undated)
  readonly session: number; // placed session of the last evidence
  readonly statements: readonly StatementId[]; // evidence since the last change, oldest first
  readonly carried: boolean; // all evidence predates the window: carried forward
  readonly jointOnly: boolean; // every statement behind it is a joint statement
  // Actors who co-signed every statement behind it (empty unless jointOnly), sorted.
  readonly partners: readonly ActorCode[];
}

export interface WindowPositions {
  readonly window: SessionWindow;
  readonly actors: readonly ActorCode[]; // positioned on at least one issue, sorted by code
  readonly positions: readonly HeldPosition[]; // sorted by actor, then issue id
  // Observations with neither a known session nor a date that places them: left out.
  readonly ignored: number;
}

/** Plain code-unit order, the same everywhere (no locale). */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function positionsInWindow(observations: readonly Observation[], window: SessionWindow): WindowPositions {
  const { placed, ignored } = chronological(observations);
  const positions: HeldPosition[] = [];
  const run: Observation[] = [];
  let actor: string | null = null;
  let issue: string | null = null;
  for (const o of placed) {
    if (o.placedSession! > window.to) continue;
    if (o.actor !== actor || o.issue !== issue) {
      if (run.length) positions.push(held(run, window));
      run.length = 0;
      actor = o.actor;
      issue = o.issue;
    }
    run.push(o);
  }
  if (run.length) positions.push(held(run, window));
  const actors: ActorCode[] = [];
  for (const p of positions) if (actors[actors.length - 1] !== p.actor) actors.push(p.actor);
  return { window, actors, positions, ignored };
}

const sorted = new WeakMap<readonly Observation[], { placed: readonly Observation[]; ignored: number }>();

/**
 * The placed observations by actor, issue, placed session, date (undated first), then input
 * order; computed once per observations array, so each window only filters it (a slider
 * step over 193 delegations no longer sorts tens of thousands of observations).
 */
function chronological(observations: readonly Observation[]): { placed: readonly Observation[]; ignored: number } {
  const cached = sorted.get(observations);
  if (cached) return cached;
  let ignored = 0;
  const indexed: Array<{ o: Observation; i: number }> = [];
  observations.forEach((o, i) => {
    if (o.placedSession === null) ignored++;
    else indexed.push({ o, i });
  });
  indexed.sort(
    (x, y) =>
      compareCodes(x.o.actor, y.o.actor) ||
      compareCodes(x.o.issue, y.o.issue) ||
      x.o.placedSession! - y.o.placedSession! ||
      compareCodes(x.o.date ?? '', y.o.date ?? '') ||
      x.i - y.i,
  );
  const result = { placed: indexed.map((x) => x.o), ignored };
  sorted.set(observations, result);
  return result;
}

/** The position held at the end of a chronological run of one actor's evidence on one issue. */
function held(history: readonly Observation[], window: SessionWindow): HeldPosition {
  const last = history[history.length - 1]!;
  let runStart = history.length - 1;
  while (runStart > 0 && history[runStart - 1]!.key === last.key) runStart--;
  const run = history.slice(runStart);

  const statements = [...new Set<StatementId>(run.map((o) => o.statement))];
  const jointOnly = run.every((o) => o.joint);
  let partners: ActorCode[] = jointOnly ? [...run[0]!.coauthors] : [];
  for (const o of run) partners = partners.filter((p) => o.coauthors.includes(p));

  return {
    actor: last.actor,
    issue: last.issue,
    position: last.position,
    value: last.value,
    key: last.key,
    score: last.score,
    date: last.date,
    session: last.placedSession!,
    statements,
    carried: last.placedSession! < window.from,
    jointOnly,
    partners,
  };
}

const lookups = new WeakMap<WindowPositions, Map<string, HeldPosition>>();

/** The position `actor` holds on `issue` in the window, or undefined (silence). */
export function positionOf(positions: WindowPositions, actor: ActorCode, issue: IssueId): HeldPosition | undefined {
  let lookup = lookups.get(positions);
  if (!lookup) {
    lookup = new Map(positions.positions.map((p) => [`${p.actor} ${p.issue}`, p]));
    lookups.set(positions, lookup);
  }
  return lookup.get(`${actor} ${issue}`);
}
