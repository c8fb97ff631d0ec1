// Reader for unofficial transcripts: a name line ("Ambassador Gafoor", "United Kingdom")
// precedes some turns; the speaker of the others is inferred, in this order of trust:
//  1. the Chair's floor-giving in the turn before ("Pakistan to be followed by Saudi
//     Arabia. Pakistan, please."), the last call of that turn winning, so the Chair's own
//     corrections count ("apologies, I give the floor to the Russian Federation");
//  2. the speaker naming itself in its opening ("Kenya places great importance ...");
//     when it clearly names another state than the one called, it wins, with a warning;
//  3. the Chair thanking a delegation by name right after ("Thank you, Chile.").
// The page's header (title lines) and the website's furniture after the meeting are not turns.
// An interview's questions and answers ("Q: ...", "A: ...") are read by interview.ts.
import type { Span } from '../../src/shared/dataset-schema';
import { CHAIR, type ActorCode } from '../../src/shared/ids';
import type { Turn } from '../pipeline/types';
import { headerMeta, mergeMeta, openingMeta } from './document-meta';
import { floorEvents, nextSpeaker, type Named } from './floor-calls';
import { readInterview } from './interview';
import { lineAt, lineStarts } from './line-index';
import { labelAt, looksLikeName, nameLineApart, nameLineKind } from './name-lines';
import { paragraphSpans } from './paragraphs';
import type { Reader, ReaderWarning } from './reader';
import { selfIdentify } from './self-identification';
import { contentEnd } from './web-debris';

// A paragraph that opens a new speaker's turn even without a name line or a floor call.
const OPENS_TURN = /^(?:thank\s+you|thanks)\b[^.]{0,60}\b(?:chair|president|chairman|chairperson|madam|sir)\b[^.]*[.,!]\s*\S.{8,}/i;
// A paragraph addressing the presiding officer: after the Chair's own turn, someone else speaks.
const ADDRESSES_CHAIR = /^(?:thank\s+you|thanks|(?:mr\.?|madam|madame|mister)\s+(?:chair|president|chairman|chairperson|co-chairs?)|(?:distinguished|dear|honou?rable)\s+(?:chair|president|co-chairs?)|chair(?:person|man)?\s*,|excellenc)/i;
// A paragraph in the Chair's manner: thanks for a statement, or the floor given.
const CHAIR_MANNER = /^(?:thank\s+you(?:\s+(?:very|so)\s+much)?(?:,?\s+indeed)?(?:\s+for\s+(?:the|your)\s+(?:statement|intervention|contribution|remarks))?|I\s+(?:now\s+)?(?:give|call|invite)|(?:the\s+)?next\s+speaker)/i;
// The opening of the meeting's record: speech starts here even without a name line.
const SPEECH_START = /^(?:good\s+(?:morning|afternoon|evening)|thank\s+you|mr\.?\s+(?:chair|president)|madam\s+(?:chair|president)|distinguished|excellenc|dear\s+colleagues|(?:the|this)\s+(?:meeting|session)\s+is\s+(?:now\s+)?(?:called\s+to\s+order|open))/i;

interface Draft {
  speaker: string;
  source: Turn['speakerSource'];
  code: ActorCode | null;
  chair: boolean;
  span: Span;
  /** The floor call that made this turn ("Pakistan, please."), for the self-check. */
  called?: Named;
}

export const readTranscript: Reader = (text, { registry }) => {
  const warnings: ReaderWarning[] = [];
  const starts = lineStarts(text);
  const line = (offset: number) => lineAt(starts, offset);
  const paragraphs = paragraphSpans(text, 0, contentEnd(text)).flatMap((p) => nameLineApart(text, p, registry));
  const interview = readInterview(text, paragraphs, registry, line);
  if (interview) return { turns: interview.turns, meta: headerMeta(text, interview.head), warnings: interview.warnings };
  const slice = (s: Span) => text.slice(s[0], s[1]);
  const isChairCode = (code: ActorCode | null) => code !== null && registry.byCode(code)?.kind === 'chair';

  // Speakers written as name lines or labels; unknown names still count when they carry
  // an honorific or when the document has other name lines (its structure says so).
  const kinds = paragraphs.map((p) => (!slice(p).includes('\n') ? nameLineKind(slice(p), registry) : null));
  const structured = kinds.filter((k) => k === 'known').length >= 2;
  const TITLE_WORDS = /\b(?:transcript|session|meeting|working\s+group|OEWG|agenda|item|part|day)\b/i;
  const nameLines = paragraphs.map((p, i) => kinds[i] !== null || (structured && !slice(p).includes('\n') && looksLikeName(slice(p)) && !/[.]$/.test(slice(p)) && !TITLE_WORDS.test(slice(p))));
  const isNameLine = (i: number) => nameLines[i]!;
  const labels = paragraphs.map((p) => labelAt(text, p, (n) => registry.resolve(n) !== null || nameLineKind(n, registry) !== null));

  // Header: what precedes the first name line, label or opening of speech.
  // (a name line the registry does not know cannot end the header: titles look like names)
  let first = paragraphs.findIndex((p, i) => kinds[i] !== null || labels[i] !== null || SPEECH_START.test(slice(p)) || p[1] - p[0] > 400);
  if (first < 0) first = paragraphs.length;
  const head: Span | null = first > 0 ? [paragraphs[0]![0], paragraphs[first - 1]![1]] : null;

  const drafts: Draft[] = [];
  // The most recent "to be followed by X" of the last few Chair turns, X not heard since.
  const lastAnnounced = (sofar: Draft[]): Named | null => {
    let chairTurns = 0;
    for (let j = sofar.length - 1; j >= 0 && chairTurns < 3; j--) {
      if (!sofar[j]!.chair) continue;
      chairTurns++;
      const queued = floorEvents(text, sofar[j]!.span, registry).queued;
      for (let q = queued.length - 1; q >= 0; q--) {
        if (!sofar.slice(j + 1).some((d) => d.code === queued[q]!.code)) return queued[q]!;
      }
    }
    return null;
  };
  let pending: { name: string } | null = null;
  const resolveCode = (name: string): ActorCode | null => registry.resolve(name)?.actor.code ?? null;
  const start = (d: Omit<Draft, 'chair'> & { chair?: boolean }) => drafts.push({ chair: isChairCode(d.code), ...d });

  for (let i = first; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (isNameLine(i)) {
      pending = { name: slice(p).replace(/:$/, '').trim() };
      continue;
    }
    const label = labels[i];
    if (label) {
      start({ speaker: label.name, source: 'label', code: resolveCode(label.name), span: [label.bodyStart, p[1]] });
      pending = null;
      continue;
    }
    if (pending) {
      start({ speaker: pending.name, source: 'label', code: resolveCode(pending.name), span: p });
      pending = null;
      continue;
    }
    const prev = drafts[drafts.length - 1];
    const body = slice(p);
    if (!prev) {
      // Speech before any name: the presiding officer opens the meeting.
      const events = floorEvents(text, p, registry);
      const opens = SPEECH_START.test(body) && (events.calls.length > 0 || /called to order|meeting is (?:now )?open/i.test(body));
      start(opens ? { speaker: 'Chair', source: 'floor', code: CHAIR, span: p } : { speaker: '', source: 'unknown', code: null, span: p });
      continue;
    }
    if (prev.chair) {
      const events = floorEvents(text, prev.span, registry);
      const called = nextSpeaker(events);
      if (called) {
        start({ speaker: called.text, source: 'floor', code: called.code, span: p, called });
        continue;
      }
      if (ADDRESSES_CHAIR.test(body)) {
        // No call in the Chair's turn: the one announced earlier ("to be followed by X") and
        // not heard since, else unknown (self-identification may still name the speaker).
        const next = lastAnnounced(drafts);
        start(next ? { speaker: next.text, source: 'floor', code: next.code, span: p, called: next } : { speaker: '', source: 'unknown', code: null, span: p });
        continue;
      }
    } else {
      if (CHAIR_MANNER.test(body) && floorEvents(text, p, registry).calls.length > 0) {
        start({ speaker: 'Chair', source: 'floor', code: CHAIR, span: p });
        continue;
      }
    }
    if (OPENS_TURN.test(body)) {
      start({ speaker: '', source: 'unknown', code: null, span: p });
      continue;
    }
    prev.span = [prev.span[0], p[1]];
  }

  // A speaker the registry does not know but who keeps giving the floor presides.
  const callsBy = new Map<string, number>();
  for (const d of drafts) if (d.source === 'label' && !d.code && nextSpeaker(floorEvents(text, d.span, registry))) callsBy.set(d.speaker, (callsBy.get(d.speaker) ?? 0) + 1);
  for (const d of drafts) {
    if (d.source === 'label' && !d.code && (callsBy.get(d.speaker) ?? 0) >= 2) {
      d.chair = true;
      d.code = CHAIR;
    }
  }

  // Second look at inferred speakers: self-identification, then the Chair's thanks.
  drafts.forEach((d, i) => {
    if (d.source === 'label' || d.chair) return;
    const self = selfIdentify(text, d.span, registry);
    if (d.source === 'floor' && d.called && self && self.code !== d.called.code && registry.byCode(self.code)?.kind === 'state') {
      warnings.push({ line: line(d.span[0]), message: `the Chair gave the floor to "${d.called.text}" but the speaker names itself "${self.text}"; read as ${self.text}` });
      Object.assign(d, { speaker: self.text, source: 'self', code: self.code });
      return;
    }
    if (d.source === 'unknown' && self) {
      Object.assign(d, { speaker: self.text, source: 'self', code: self.code });
      return;
    }
    const next = drafts[i + 1];
    if (d.source === 'unknown' && next?.chair) {
      const thanked = floorEvents(text, next.span, registry).thanked[0];
      if (thanked) Object.assign(d, { speaker: thanked.text, source: 'floor', code: thanked.code });
    }
  });

  for (const d of drafts) {
    if (d.called?.near) warnings.push({ line: line(d.called.start), message: `"${d.called.text}" read as ${registry.byCode(d.called.code)?.name ?? d.called.code} (near match)` });
    if (d.source === 'unknown') warnings.push({ line: line(d.span[0]), message: 'turn without a name line, floor call or self-identification; speaker unknown' });
  }

  const turns: Turn[] = drafts.map((d) => ({
    speaker: d.speaker,
    speakerSource: d.source,
    names: [],
    span: d.span,
    line: line(d.span[0]),
    ...(d.chair ? { chair: true } : {}),
  }));
  const opening = drafts.find((d) => d.chair)?.span ?? null;
  return { turns, meta: mergeMeta(headerMeta(text, head), openingMeta(text, opening)), warnings };
};
