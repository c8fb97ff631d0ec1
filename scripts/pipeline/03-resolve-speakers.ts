// Step 3: turns -> statements: the speaker's actor code, in whose name it speaks (authors,
// groups spoken for, alignments), and when (date, session, meeting).
// Who is an author: the delegation that speaks, or the group or states it speaks for, or
// every signatory of a joint statement, or the delegations a report credits. Never the
// Chair, the secretariat or a briefer; never a state that only aligns itself.
import type { Session, Statement } from '../../src/shared/dataset-schema';
import { statementId, type ActorCode, type SessionId } from '../../src/shared/ids';
import type { ActorRegistry, Resolved } from '../ingest/actor-registry';
import { dateIn, sessionIn } from '../ingest/document-meta';
import { groupSpelledOut } from '../ingest/group-spelled-out';
import { inWhoseName, speaksAgainFor } from '../ingest/in-whose-name';
import type { Problem, SplitDocument } from './types';

export type UnsegmentedStatement = Omit<Statement, 'sentences'>;

export interface DocumentPlacement {
  date: string | null;
  session: SessionId | null;
  meeting: string | null;
}

/** Date, session and meeting: what the text says, then sources.yaml, then the calendar
 *  (a date inside a session's dates places the document in that session). */
export function placeDocument(split: SplitDocument, sessions: Session[]): { place: DocumentPlacement; problems: Problem[] } {
  const problems: Problem[] = [];
  const src = split.document.source;
  const file = split.document.file;
  const srcDate = src?.date ?? (src?.session ? dateIn(src.session) : undefined);
  const date = split.meta.date ?? srcDate ?? null;
  if (split.meta.date && srcDate && split.meta.date !== srcDate) {
    problems.push({ file: src?.origin ?? 'sources.yaml', line: src?.line ?? 0, message: `${file}: the text is dated ${split.meta.date}, sources.yaml says ${srcDate}; the text's date kept` });
  }
  const number = split.meta.sessionNumber ?? (src?.session ? sessionIn(src.session) ?? plainNumber(src.session) : undefined);
  let session: Session | undefined;
  if (number !== undefined) {
    session = sessions.find((s) => s.number === number);
    if (!session) problems.push({ file, line: 0, message: `session ${number} is not in sessions.yaml` });
  }
  const byDate = date ? sessions.find((s) => s.start <= date && date <= s.end) : undefined;
  if (session && date && !byDate && !(date >= addDays(session.start, -7) && date <= addDays(session.end, 7))) {
    problems.push({ file, line: 0, message: `dated ${date}, outside the ${session.label} (${session.start} to ${session.end})` });
  }
  session ??= byDate;
  return { place: { date, session: session?.id ?? null, meeting: split.meta.meeting ?? src?.meeting ?? null }, problems };
}

function plainNumber(label: string): number | undefined {
  return /^\s*\d{1,2}\s*$/.test(label) ? Number(label) : undefined;
}

function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export interface Unresolved {
  name: string;
  file: string;
  line: number;
}

export function resolveSpeakers(
  split: SplitDocument,
  registry: ActorRegistry,
  sessions: Session[],
): { statements: UnsegmentedStatement[]; problems: Problem[]; unresolved: Unresolved[]; place: DocumentPlacement } {
  const problems: Problem[] = [];
  const unresolved: Unresolved[] = [];
  const file = split.document.file;
  const text = split.document.text;
  const placed = placeDocument(split, sessions);
  problems.push(...placed.problems);
  const place = placed.place;

  const resolveName = (name: string, line: number): Resolved | null => {
    const r = registry.resolveNear(name);
    if (!r) {
      problems.push({ file, line, message: `unknown speaker "${name}"` });
      unresolved.push({ name, file, line });
    } else if (r.near) {
      problems.push({ file, line, message: `"${name}" read as ${r.actor.name} (near match)` });
    }
    return r;
  };
  const speaking = (codes: (ActorCode | undefined)[]): ActorCode[] => [...new Set(codes.filter((c): c is ActorCode => !!c && registry.carriesStances(c)))];
  // The groups each speaker has spoken for so far in this document.
  const spokeFor = new Map<ActorCode, ActorCode[]>();

  const statements = split.turns.map((turn, i): UnsegmentedStatement => {
    let actor: ActorCode | null = null;
    let authors: ActorCode[] = [];
    let onBehalfOf: ActorCode[] = [];
    let alignedWith: ActorCode[] = [];
    let aligned: ActorCode[] = [];
    if (turn.speakerSource === 'signatories' || turn.speakerSource === 'narrative') {
      authors = speaking(turn.names.map((n) => resolveName(n, turn.line)?.actor.code));
      const group = turn.onBehalfOf || turn.speakerSource === 'signatories' ? groupSpelledOut(registry, authors) : null;
      if (group) authors = [group];
      actor = authors.length === 1 ? authors[0]! : null;
      const whose = inWhoseName(text, turn.span, registry, actor);
      aligned = whose.aligned.filter((c) => !authors.includes(c));
    } else {
      const resolved = turn.chair ? registry.resolve('Chair') : turn.speaker ? resolveName(turn.speaker, turn.line) : null;
      actor = resolved?.actor.code ?? null;
      if (actor && registry.carriesStances(actor)) {
        const whose = inWhoseName(text, turn.span, registry, actor);
        const fromHeader = turn.onBehalfOf ? speaking(turn.onBehalfOf.map((n) => resolveName(n, turn.line)?.actor.code)) : undefined;
        onBehalfOf = fromHeader ?? whose.onBehalfOf;
        let alsoSelf = whose.alsoSelf;
        const group = groupSpelledOut(registry, onBehalfOf, alsoSelf ? actor : null);
        if (group) [onBehalfOf, alsoSelf] = [[group], false];
        if (onBehalfOf.length === 0) {
          const again = speaksAgainFor(text, turn.span, registry, spokeFor.get(actor) ?? []);
          if (again) onBehalfOf = [again];
        } else spokeFor.set(actor, [...new Set([...(spokeFor.get(actor) ?? []), ...onBehalfOf])]);
        authors = onBehalfOf.length ? speaking([...(alsoSelf ? [actor] : []), ...onBehalfOf]) : [actor];
        alignedWith = whose.alignedWith.filter((c) => !authors.includes(c));
        aligned = whose.aligned.filter((c) => !authors.includes(c));
      }
    }
    const body = text.slice(turn.span[0], turn.span[1]);
    return {
      id: statementId(split.document.id, i + 1),
      document: split.document.id,
      order: i + 1,
      speaker: turn.speaker,
      speakerSource: turn.speakerSource,
      actor,
      authors,
      onBehalfOf,
      alignedWith,
      aligned,
      date: place.date,
      session: place.session,
      meeting: place.meeting,
      span: turn.span,
      words: countWords(body),
    };
  });
  return { statements, problems, unresolved, place };
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Words: runs of letters and digits, joined by inner apostrophes and hyphens
 *  ("Côte d’Ivoire" is two words, "state-led" one). A character loop: the corpus is large. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const word =
      (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && c !== 0x2019 && c !== 0x2018 && LETTER_OR_DIGIT.test(text[i]!));
    if (word) {
      if (!inWord) n++;
      inWord = true;
    } else if (inWord && (c === 39 || c === 45 || c === 0x2019)) {
      // An apostrophe or hyphen keeps the word going only when a letter or digit follows.
      const next = text.charCodeAt(i + 1);
      inWord = (next >= 97 && next <= 122) || (next >= 65 && next <= 90) || (next >= 48 && next <= 57) || (next > 127 && LETTER_OR_DIGIT.test(text[i + 1] ?? ''));
    } else inWord = false;
  }
  return n;
}
