// A seeded generator of OEWG-like data in which two blocs converge over the sessions: the
// fixture of the analysis tests and the benchmark. It returns dataset parts that pass the
// dataset schema, so they go through observationsFromDataset like real data.
//
// The model: each issue has a latent axis. Bloc 0 sits at +L (L in [0.5, 0.9], the side
// drawn per issue); bloc 1 starts at -L and closes `convergence` of the 2L gap by the last
// session, moving linearly. A delegation's latent value is its bloc's location plus its
// own fixed offset (sd `spread`) plus fresh noise per statement (sd `noise`); the value is
// read as a position: binary issues split at 0, three-position issues at +-0.3, and the
// numeric issue (range [0, 8]) says round(4 + 3z) groups (clamped to 1..8), or "limited"
// below z = -1. In every session each delegation states its position on each issue with
// probability `coverage`; one statement per delegation and session carries them all.
//
// Numeric policy: every draw comes from one mulberry32 stream in a fixed loop order, so
// a seed fixes the output. Dates are UTC calendar dates.
import type { Dataset, Issue, Session, Stance, Statement } from '../shared/dataset-schema';
import { actorCode, documentId, issueId, positionId, sessionId, statementId, type ActorCode } from '../shared/ids';
import { mulberry32, randomInt, randomNormal } from './prng';

export interface SyntheticOptions {
  readonly delegations?: number; // default 193
  readonly issues?: number; // default 14, at most 99
  readonly sessions?: number; // default 12, numbered 0..sessions-1
  readonly seed?: number; // default 1
  readonly convergence?: number; // share of the initial gap bloc 1 closes, default 0.8
  readonly spread?: number; // default 0.35
  readonly noise?: number; // default 0.15
  readonly coverage?: number; // default 0.4
}

export interface SyntheticData {
  readonly dataset: Pick<Dataset, 'stances' | 'statements' | 'sessions' | 'issues'>;
  readonly actors: readonly ActorCode[]; // sorted
  readonly blocs: readonly [readonly ActorCode[], readonly ActorCode[]]; // the truth, sorted
}

/** The size of the real question: every UN member state, the codebook, two cycles of sessions. */
export const LARGE_CASE = { delegations: 193, issues: 14, sessions: 12 } as const;

const NUMERIC_ISSUE = 4; // index of the numeric issue, as thematic-group-count in the codebook

export function syntheticIssues(count: number): Issue[] {
  return Array.from({ length: count }, (_, t): Issue => {
    const id = issueId(`issue-${String(t + 1).padStart(2, '0')}`);
    const p = (name: string, score: number | null) => ({ id: positionId(name), label: name, description: name, score });
    if (t === NUMERIC_ISSUE) {
      return {
        id, label: id, question: `How many? (${id})`, scale: 'numeric', range: [0, 8],
        positions: [p('value', null), p('limited', null), p('none', 0), p('flexible', null)],
      };
    }
    const positions = t % 7 === 0 ? [p('for', 1), p('open', 0), p('against', -1)] : [p('for', 1), p('against', -1)];
    return { id, label: id, question: `Should we? (${id})`, scale: 'ordinal', range: null, positions };
  });
}

export function syntheticDataset(options: SyntheticOptions = {}): SyntheticData {
  const D = options.delegations ?? LARGE_CASE.delegations;
  const T = options.issues ?? LARGE_CASE.issues;
  const S = options.sessions ?? LARGE_CASE.sessions;
  const convergence = options.convergence ?? 0.8;
  const spread = options.spread ?? 0.35;
  const noise = options.noise ?? 0.15;
  const coverage = options.coverage ?? 0.4;
  if (T > 99 || D > 999 || S > 100) throw new Error(`synthetic: size ${D} x ${T} x ${S} out of range`);
  const random = mulberry32(options.seed ?? 1);

  const issues = syntheticIssues(T);
  const actors = Array.from({ length: D }, (_, i) => actorCode(`D${String(i + 1).padStart(3, '0')}`));
  const shuffled = [...actors];
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = randomInt(random, i + 1);
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const bloc = new Map<string, number>(shuffled.map((a, k) => [a, k < Math.ceil(D / 2) ? 0 : 1]));
  const reach = issues.map(() => (0.5 + 0.4 * random()) * (random() < 0.5 ? -1 : 1));
  const offsets = actors.map(() => issues.map(() => spread * randomNormal(random)));

  const sessions: Session[] = Array.from({ length: S }, (_, s) => ({
    id: sessionId(`session-${String(s).padStart(2, '0')}`),
    process: 'synthetic',
    number: s,
    label: s === 0 ? 'organisational session' : `substantive session ${s}`,
    start: isoDay(s * 91),
    end: isoDay(s * 91 + 4),
    venue: null,
  }));

  const statements: Statement[] = [];
  const stances: Stance[] = [];
  sessions.forEach((session, s) => {
    const progress = S > 1 ? s / (S - 1) : 0;
    const document = documentId(`synthetic-s${String(s).padStart(2, '0')}`);
    let order = 0;
    actors.forEach((actor, i) => {
      const said: Array<{ t: number; z: number }> = [];
      issues.forEach((_, t) => {
        if (random() >= coverage) return;
        const l = reach[t]!;
        const location = bloc.get(actor) === 0 ? l : -l + 2 * l * convergence * progress;
        said.push({ t, z: location + offsets[i]![t]! + noise * randomNormal(random) });
      });
      if (said.length === 0) return;
      order++;
      const id = statementId(document, order);
      const date = isoDay(s * 91 + (i % 5));
      statements.push({
        id, document, order, speaker: actor, speakerSource: 'label', actor, authors: [actor],
        onBehalfOf: [], alignedWith: [], aligned: [], date, session: session.id, meeting: null,
        span: [0, 9], sentences: [[0, 9]], words: 1,
      });
      for (const { t, z } of said) {
        const [position, value] = readPosition(issues[t]!, t, z);
        stances.push({
          id: `${document}-${order}-${t + 1}`, statement: id, document, actors: [actor], issue: issues[t]!.id,
          position: positionId(position), value, confidence: 1, source: 'tagger',
          evidence: [{ span: [0, 9], rule: 'synthetic' }], quote: 'synthetic', override: null,
        });
      }
    });
  });

  const blocs = [0, 1].map((b) => actors.filter((a) => bloc.get(a) === b)) as [ActorCode[], ActorCode[]];
  return { dataset: { issues, sessions, statements, stances }, actors, blocs };
}

function readPosition(issue: Issue, t: number, z: number): [string, number | null] {
  if (t === NUMERIC_ISSUE) {
    if (z < -1) return ['limited', null];
    return ['value', Math.min(8, Math.max(1, Math.round(4 + 3 * z)))];
  }
  if (issue.positions.length === 3) return [z > 0.3 ? 'for' : z < -0.3 ? 'against' : 'open', null];
  return [z >= 0 ? 'for' : 'against', null];
}

function isoDay(offset: number): string {
  return new Date(Date.UTC(2021, 5, 1) + offset * 86_400_000).toISOString().slice(0, 10);
}
