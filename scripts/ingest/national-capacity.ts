// One floor, two voices: "On behalf of the Non-Aligned Movement, ... Chair, on Indonesia's
// national capacity, my delegation ...". A turn that opens in a group's name and then turns
// to the speaker's national capacity becomes two turns, so the group's words and the
// state's own are never credited to each other. A statement headed by the group itself ("Statement
// of the Arab Group, delivered by the State of Kuwait") turns to the state that delivers it, and
// so does a joint statement of named states that one of them delivers.
import type { Span } from '../../src/shared/dataset-schema';
import type { Turn } from '../pipeline/types';
import type { ActorRegistry } from './actor-registry';
import { inWhoseName } from './in-whose-name';
import { findNames } from './name-finder';
import { lineAt, lineStarts } from './line-index';
import { sentenceSpans } from './sentence-spans';

const NATIONAL = /\b(?:in|on|speaking\s+(?:now\s+)?in|now\s+in|in\s+its)\s+(?:my|our|its|[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)*[’']s)\s+(?:own\s+)?national\s+capacity\b/u;
// One voice of several: "in my national capacity", never "we will each speak in our national capacity".
const ONE_NATIONAL = /\bin\s+(?:my|[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*)*[’']s)\s+(?:own\s+)?national\s+capacity\b/u;
const SPEAKS_FOR_GROUPS = new Set(['group', 'eu', 'organisation']);

export function splitNationalCapacity(text: string, turns: Turn[], registry: ActorRegistry): Turn[] {
  let starts: number[] | null = null;
  const out: Turn[] = [];
  for (const turn of turns) {
    if (turn.speakerSource === 'signatories') {
      out.push(...signatoryGoesOn(text, turn, turns[0]!.span[0], registry, (starts ??= lineStarts(text))));
      continue;
    }
    if (turn.chair || turn.speakerSource === 'narrative') {
      out.push(turn);
      continue;
    }
    const whose = inWhoseName(text, turn.span, registry, null, false);
    const forGroup = whose.onBehalfOf.length > 0 && !whose.alsoSelf && whose.onBehalfOf.every((c) => SPEAKS_FOR_GROUPS.has(registry.byCode(c)?.kind ?? ''));
    const speakerIsGroup = SPEAKS_FOR_GROUPS.has(registry.resolve(turn.speaker)?.actor.kind ?? '');
    // Several states named ("on behalf of Bahrain, Kuwait, ... and my own country, Qatar"), then
    // "in my national capacity": the rest is the speaker's alone.
    const forStates = !forGroup && !speakerIsGroup && whose.onBehalfOf.length > 1;
    const sentences = forGroup || speakerIsGroup || forStates ? sentenceSpans(text, turn.span) : [];
    const nationalCue = forStates ? ONE_NATIONAL : NATIONAL;
    const at = sentences.findIndex((s, i) => i > 0 && nationalCue.test(text.slice(s[0], s[1])));
    // A group speaks through a state: the national part is that state's, named in the sentence
    // ("in Kuwait's national capacity") or as the one who delivers it ("delivered by Kuwait").
    const national = at < 0 || !speakerIsGroup ? null : stateIn(text, sentences[at]!, registry) ?? deliverer(text, turns[0]!.span[0], registry);
    if (at < 0 || (speakerIsGroup && !national)) {
      out.push(turn);
      continue;
    }
    starts ??= lineStarts(text);
    const cut = sentences[at]![0];
    const before: Span = [turn.span[0], sentences[at - 1]![1]];
    const after: Turn = { ...turn, span: [cut, turn.span[1]], line: lineAt(starts, cut), onBehalfOf: [] };
    out.push({ ...turn, span: before }, national ? { ...after, speaker: national, names: [] } : after);
  }
  return out;
}

/** A joint statement whose deliverer ends "in my national capacity": the rest is the deliverer's
 *  alone (named in that sentence, or as the one who delivers it in the heading), when it is one
 *  of the signatories. */
function signatoryGoesOn(text: string, turn: Turn, before: number, registry: ActorRegistry, starts: number[]): Turn[] {
  const sentences = sentenceSpans(text, turn.span);
  const at = sentences.findIndex((s, i) => i > 0 && ONE_NATIONAL.test(text.slice(s[0], s[1])));
  const national = at < 0 ? null : (stateIn(text, sentences[at]!, registry) ?? deliverer(text, before, registry));
  const code = national ? registry.resolve(national)?.actor.code : undefined;
  if (!national || !turn.names.some((n) => registry.resolve(n)?.actor.code === code)) return [turn];
  const cut = sentences[at]![0];
  return [
    { ...turn, span: [turn.span[0], sentences[at - 1]![1]] },
    { ...turn, speaker: national, speakerSource: 'header', names: [], span: [cut, turn.span[1]], line: lineAt(starts, cut) },
  ];
}

function stateIn(text: string, span: Span, registry: ActorRegistry): string | null {
  const state = findNames(text, registry, span[0], span[1]).find((m) => registry.byCode(m.code)?.kind === 'state');
  return state ? registry.byCode(state.code)!.name : null;
}

// "delivered by the State of Kuwait", "delivered by H.E. Ambassador X of Kuwait" in the heading.
const DELIVERED_BY = /\bdelivered\s+by\b[^\n]*/i;

/** The state the heading (the text before the first turn) says delivers the statement. */
function deliverer(text: string, before: number, registry: ActorRegistry): string | null {
  const m = DELIVERED_BY.exec(text.slice(0, before));
  return m ? stateIn(text, [m.index, m.index + m[0].length], registry) : null;
}
