// Step 3: turns -> statements with actor codes, authors, groups spoken for, and date/session.
import type { Actor, Session, Statement } from '../../src/shared/dataset-schema';
import { CHAIR, statementId, type ActorCode, type SessionId } from '../../src/shared/ids';
import type { ActorRegistry } from '../ingest/actor-registry';
import type { Problem, SplitDocument } from './types';

export type UnsegmentedStatement = Omit<Statement, 'sentences'>;

export interface DocumentPlacement {
  date: string | null;
  session: SessionId | null;
  meeting: string | null;
}

export function placeDocument(split: SplitDocument, sessions: Session[]): DocumentPlacement {
  const src = split.document.source;
  const date = split.meta.date ?? src?.date ?? null;
  let session: SessionId | null = null;
  const number = split.meta.sessionNumber ?? sessionNumberFromText(src?.session);
  if (number !== undefined) session = sessions.find((s) => s.number === number)?.id ?? null;
  if (!session && date) session = sessions.find((s) => s.start <= date && date <= s.end)?.id ?? null;
  return { date, session, meeting: split.meta.meeting ?? src?.meeting ?? null };
}

function sessionNumberFromText(label: string | undefined): number | undefined {
  if (!label) return undefined;
  if (/organi[sz]ational/i.test(label)) return 0;
  const m = /(\d+)(?:st|nd|rd|th)\s+substantive/i.exec(label);
  return m ? Number(m[1]) : undefined;
}

export function resolveSpeakers(
  split: SplitDocument,
  registry: ActorRegistry,
  sessions: Session[],
): { statements: UnsegmentedStatement[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const place = placeDocument(split, sessions);
  const statements = split.turns.map((turn, i): UnsegmentedStatement => {
    const resolved = turn.speaker ? registry.resolve(turn.speaker) : null;
    if (turn.speaker && !resolved) {
      problems.push({ file: split.document.file, line: turn.line, message: `unknown speaker "${turn.speaker}"` });
    } else if (resolved?.near) {
      problems.push({ file: split.document.file, line: turn.line, message: `speaker "${turn.speaker}" read as ${resolved.actor.name} (near match)` });
    }
    const actor: Actor | null = resolved?.actor ?? null;
    const authors: ActorCode[] = actor && actor.code !== CHAIR && registry.carriesStances(actor.code) ? [actor.code] : [];
    const text = split.document.text.slice(turn.span[0], turn.span[1]);
    return {
      id: statementId(split.document.id, i + 1),
      document: split.document.id,
      order: i + 1,
      speaker: turn.speaker,
      speakerSource: turn.speakerSource,
      actor: actor?.code ?? null,
      authors,
      onBehalfOf: [],
      alignedWith: [],
      aligned: [],
      date: place.date,
      session: place.session,
      meeting: place.meeting,
      span: turn.span,
      words: countWords(text),
    };
  });
  return { statements, problems };
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu)?.length ?? 0;
}
