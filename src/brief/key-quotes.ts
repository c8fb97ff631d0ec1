// The key quotes of one position: stances that evidence it for its holders, chosen
// deterministically.
//
// Candidates are the stances on the issue, with the held position's key, naming a holder,
// in the statements behind that holder's position (window-positions.ts: the evidence since
// the position last changed, possibly from before the window). Order: confidence
// descending, then date descending (undated last), then stance id. Picking walks that order
// and takes a stance only if it quotes a delegation not quoted yet and words not taken yet,
// so the quotes come from distinct delegations; at most `max` per position.
import { positionKey } from '../analysis/issue-scale';
import type { HeldPosition } from '../analysis/window-positions';
import type { DatasetIndex } from '../shared/dataset-index';
import type { Issue, Stance } from '../shared/dataset-schema';
import type { ActorCode } from '../shared/ids';
import { compareNames, sessionText, shortList } from './brief-format';
import type { KeyQuote } from './brief-types';

export const DEFAULT_QUOTES_PER_POSITION = 3;

interface Candidate {
  readonly stance: Stance;
  readonly date: string | null;
  readonly holders: ActorCode[];
}

export function keyQuotes(
  index: DatasetIndex,
  issue: Issue,
  holders: readonly HeldPosition[],
  max: number = DEFAULT_QUOTES_PER_POSITION,
): KeyQuote[] {
  const candidates = new Map<string, Candidate>();
  for (const held of holders) {
    for (const statement of held.statements) {
      for (const stance of index.stancesOfStatement.get(statement) ?? []) {
        if (stance.issue !== issue.id || !stance.actors.includes(held.actor)) continue;
        if (positionKey(stance.position, stance.value) !== held.key) continue;
        let c = candidates.get(stance.id);
        if (!c) {
          const st = index.statement.get(stance.statement);
          const date = st?.date ?? index.document.get(stance.document)?.date ?? null;
          c = { stance, date, holders: [] };
          candidates.set(stance.id, c);
        }
        if (!c.holders.includes(held.actor)) c.holders.push(held.actor);
      }
    }
  }
  const ordered = [...candidates.values()].sort(
    (a, b) =>
      b.stance.confidence - a.stance.confidence ||
      compare(b.date ?? '', a.date ?? '') ||
      compare(a.stance.id, b.stance.id),
  );

  const quoted = new Set<string>();
  const words = new Set<string>();
  const picked: KeyQuote[] = [];
  for (const c of ordered) {
    if (picked.length >= max) break;
    const sameWords = `${c.stance.document}\u0000${c.stance.quote}`;
    if (words.has(sameWords) || c.holders.every((a) => quoted.has(a))) continue;
    words.add(sameWords);
    for (const a of c.holders) quoted.add(a);
    picked.push(toKeyQuote(index, c));
  }
  return picked;
}

function toKeyQuote(index: DatasetIndex, c: Candidate): KeyQuote {
  const statement = index.statement.get(c.stance.statement);
  const doc = index.document.get(c.stance.document);
  const sessionId = statement?.session ?? doc?.session ?? null;
  const session = sessionId ? index.session.get(sessionId) : undefined;
  const delegations = [...c.holders].sort((a, b) => compareNames(nameOf(index, a), nameOf(index, b)));
  return {
    stance: c.stance.id,
    text: c.stance.quote,
    confidence: c.stance.confidence,
    delegations,
    delegationNames: shortList(delegations.map((a) => nameOf(index, a)), 3, 'other signatories'),
    speaker: statement?.speaker || 'unknown speaker',
    document: c.stance.document,
    documentTitle: doc?.title ?? c.stance.document,
    statement: c.stance.statement,
    session: session ? sessionText(session) : sessionId ?? 'session unknown',
    date: c.date,
  };
}

export function nameOf(index: DatasetIndex, code: string): string {
  return index.actor.get(code)?.name ?? code;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
