// The input of every measure: one observation per (stance, actor in stance.actors).
// A joint statement gives its position to each signatory, so it yields one observation
// per signatory, each remembering its co-authors.
//
// Numeric policy: `score` is the position's place on the issue's scale (issue-scale.ts);
// session numbers are integers (0 organisational, 1..11 substantive).
import type { Issue, StanceValue } from '../shared/dataset-schema';
import type { ClientDataset } from '../shared/client-dataset';
import { carriesStances } from '../shared/dataset-schema';
import type { ActorCode, IssueId, PositionId, StatementId } from '../shared/ids';
import { positionKey, scoreOf } from './issue-scale';

export interface Observation {
  readonly actor: ActorCode;
  readonly issue: IssueId;
  readonly position: PositionId;
  readonly value: StanceValue | null; // numeric issues: a number or a range [a, b]
  readonly key: string; // positionKey(position, value): what "same position" means
  readonly score: number | null; // null: off the scale (compares by equality or is a wildcard)
  readonly date: string | null; // the statement's date, YYYY-MM-DD
  readonly session: number | null; // from statement.session; null when missing or unknown
  // The session the observation counts in: `session` when known, otherwise the first
  // session ending on or after `date` (a statement between sessions counts towards the
  // next one); null when neither is known: windows then ignore it and count it.
  readonly placedSession: number | null;
  readonly statement: StatementId;
  readonly joint: boolean; // the statement had more than one author
  readonly coauthors: readonly ActorCode[]; // the statement's other authors, sorted
}

/** The parts of the dataset observations are made from (no more, so that the build can hand
 *  them to a worker thread cheaply); `actors`, when given, filters. */
export interface ObservationSource {
  readonly stances: readonly Pick<ClientDataset['stances'][number], 'id' | 'issue' | 'statement' | 'position' | 'value' | 'actors'>[];
  readonly statements: readonly Pick<ClientDataset['statements'][number], 'id' | 'session' | 'date' | 'authors'>[];
  readonly sessions: ClientDataset['sessions'];
  readonly issues: ClientDataset['issues'];
  readonly actors?: readonly Pick<ClientDataset['actors'][number], 'code' | 'kind'>[];
}

/**
 * Observations in stance order (then the order of stance.actors). When `actors` is given,
 * actors whose kind never carries stances (chair, secretariat, ...) are dropped; otherwise
 * every actor named in a stance counts. Throws, naming the stance, on an unknown issue,
 * position or statement.
 */
export function observationsFromDataset(dataset: ObservationSource): Observation[] {
  const issues = new Map<string, Issue>(dataset.issues.map((i) => [i.id, i]));
  const statements = new Map(dataset.statements.map((s) => [s.id as string, s]));
  const sessionNumber = new Map(dataset.sessions.map((s) => [s.id as string, s.number]));
  const placeByDate = datePlacer(dataset.sessions);
  const excluded = new Set(
    (dataset.actors ?? []).filter((a) => !carriesStances(a.kind)).map((a) => a.code as string),
  );

  const observations: Observation[] = [];
  for (const stance of dataset.stances) {
    const issue = issues.get(stance.issue);
    if (!issue) throw new Error(`stance ${stance.id}: unknown issue "${stance.issue}"`);
    const statement = statements.get(stance.statement);
    if (!statement) throw new Error(`stance ${stance.id}: unknown statement "${stance.statement}"`);
    let score: number | null;
    try {
      score = scoreOf(issue, stance.position, stance.value);
    } catch (e) {
      throw new Error(`stance ${stance.id}: ${(e as Error).message}`);
    }
    const session = statement.session === null ? null : (sessionNumber.get(statement.session) ?? null);
    const placedSession = session ?? (statement.date === null ? null : placeByDate(statement.date));
    const joint = statement.authors.length > 1;
    const key = positionKey(stance.position, stance.value);
    for (const actor of stance.actors) {
      if (excluded.has(actor)) continue;
      observations.push({
        actor,
        issue: stance.issue,
        position: stance.position,
        value: stance.value,
        key,
        score,
        date: statement.date,
        session,
        placedSession,
        statement: stance.statement,
        joint,
        coauthors: statement.authors.filter((a) => a !== actor).sort(),
      });
    }
  }
  return observations;
}

/** date -> number of the first session ending on or after it; null after the last one. */
function datePlacer(sessions: ClientDataset['sessions']): (date: string) => number | null {
  // Several sessions with one number (should not happen within one process): latest end wins.
  const ends = new Map<number, string>();
  for (const s of sessions) {
    const end = ends.get(s.number);
    if (end === undefined || s.end > end) ends.set(s.number, s.end);
  }
  const calendar = [...ends].sort((a, b) => a[0] - b[0]);
  return (date) => {
    for (const [number, end] of calendar) if (end >= date) return number;
    return null;
  };
}
