// Small generators of analysis inputs, each with overrides, so a test states only what
// matters to it. Issues mirror codebook shapes: three positions (+1 / 0 / -1), two
// positions (+1 / -1), and the numeric thematic-group-count.
import type { Dataset, Issue, Session, Stance, StanceValue, Statement } from '../../src/shared/dataset-schema';
import { actorCode, documentId, issueId, positionId, sessionId, type ActorCode, type StatementId } from '../../src/shared/ids';
import type { Observation } from '../../src/analysis/observations';
import { positionKey, scoreOf } from '../../src/analysis/issue-scale';
import { sessionWindow } from '../../src/analysis/session-window';
import { positionsInWindow, type WindowPositions } from '../../src/analysis/window-positions';

export const A = actorCode;

export function ordinalIssue(id: string, scores: Record<string, number | null>): Issue {
  return {
    id: issueId(id),
    label: id,
    question: `${id}?`,
    scale: 'ordinal',
    range: null,
    positions: Object.entries(scores).map(([p, score]) => ({ id: positionId(p), label: p, description: p, score })),
  };
}

/** legally-binding-instrument: support +1, open 0, oppose -1. */
export const lbi = ordinalIssue('legally-binding-instrument', { support: 1, open: 0, oppose: -1 });
/** stakeholder-veto: support +1, oppose -1. */
export const veto = ordinalIssue('stakeholder-veto', { support: 1, oppose: -1 });
/** meeting-format: in-person +1, hybrid -1. */
export const format = ordinalIssue('meeting-format', { 'in-person': 1, hybrid: -1 });
/** decision-making: consensus +1, flexible -1 (an ordinary position here, not a wildcard). */
export const decisions = ordinalIssue('decision-making', { consensus: 1, flexible: -1 });

export function numericIssue(id = 'thematic-group-count', range: [number, number] | null = [0, 8]): Issue {
  return {
    id: issueId(id),
    label: id,
    question: `${id}?`,
    scale: 'numeric',
    range,
    positions: [
      { id: positionId('value'), label: 'value', description: 'a number', score: null },
      { id: positionId('limited'), label: 'limited', description: 'a limited number', score: null },
      { id: positionId('none'), label: 'none', description: 'no groups', score: 0 },
      { id: positionId('flexible'), label: 'flexible', description: 'flexible', score: null },
    ],
  };
}
export const groups = numericIssue();

/** A position as written in a table: "support", or ["value", 3]. */
export type Said = string | readonly [string, StanceValue];

let statementCounter = 0;
export function observation(issue: Issue, actor: string, said: Said, overrides: Partial<Observation> = {}): Observation {
  const [position, value] = typeof said === 'string' ? [said, null] : [said[0], said[1]];
  const session = overrides.session === undefined ? 1 : overrides.session;
  return {
    actor: A(actor),
    issue: issue.id,
    position: positionId(position),
    value,
    key: positionKey(positionId(position), value),
    score: scoreOf(issue, positionId(position), value),
    date: '2022-03-28',
    session,
    placedSession: session,
    statement: `fixture#${++statementCounter}` as StatementId,
    joint: false,
    coauthors: [],
    ...overrides,
  };
}

/**
 * The positions of a room, all stated in session 1 in solo statements:
 * room({ DEU: { 'stakeholder-veto': 'oppose' }, ... }, [veto]).
 */
export function room(table: Record<string, Record<string, Said>>, issues: readonly Issue[], window = sessionWindow(1, 1)): WindowPositions {
  const byId = new Map(issues.map((i) => [i.id as string, i]));
  const observations = Object.entries(table).flatMap(([actor, said]) =>
    Object.entries(said).map(([issue, s]) => observation(byId.get(issue)!, actor, s)),
  );
  return positionsInWindow(observations, window);
}

// ---- dataset parts, for observationsFromDataset -------------------------------------

export function session(number: number, overrides: Partial<Session> = {}): Session {
  const month = String(number + 1).padStart(2, '0');
  return {
    id: sessionId(`oewg-${number}`),
    process: 'OEWG 2021-2025',
    number,
    label: `session ${number}`,
    start: `2022-${month}-01`,
    end: `2022-${month}-05`,
    venue: 'New York',
    ...overrides,
  };
}

export function statement(id: string, authors: string[], overrides: Partial<Statement> = {}): Statement {
  const [document] = id.split('#');
  return {
    id: id as StatementId,
    document: documentId(document!),
    order: Number(id.split('#')[1]),
    speaker: authors[0] ?? 'unknown',
    speakerSource: 'label',
    actor: authors[0] ? A(authors[0]) : null,
    authors: authors.map(A),
    onBehalfOf: [],
    alignedWith: [],
    aligned: [],
    date: '2022-02-02',
    session: sessionId('oewg-1'),
    meeting: null,
    span: [0, 10],
    sentences: [[0, 10]],
    words: 2,
    ...overrides,
  };
}

let stanceCounter = 0;
export function stance(statementId: string, actors: string[], issue: Issue, said: Said, overrides: Partial<Stance> = {}): Stance {
  const [position, value] = typeof said === 'string' ? [said, null] : [said[0], said[1]];
  return {
    id: `stance-${++stanceCounter}`,
    statement: statementId as StatementId,
    document: documentId(statementId.split('#')[0]!),
    actors: actors.map(A),
    issue: issue.id,
    position: positionId(position),
    value,
    confidence: 0.9,
    source: 'tagger',
    evidence: [{ span: [0, 10], rule: 'fixture' }],
    quote: 'fixture quote',
    override: null,
    ...overrides,
  };
}

export function dataset(parts: Partial<Pick<Dataset, 'stances' | 'statements' | 'sessions' | 'issues' | 'actors'>>) {
  return {
    issues: [lbi, veto, format, groups],
    sessions: [0, 1, 2, 3, 4, 5].map((n) => session(n)),
    statements: [],
    stances: [],
    ...parts,
  };
}

export function codes(list: readonly string[]): ActorCode[] {
  return list.map(A);
}
