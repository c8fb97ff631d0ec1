// What a presiding officer's turn says about who speaks: whom it gives the floor to (the
// last call wins, so "Bangladesh, please. Sorry, my apologies ... its the Russian Federation
// now, please." gives it to the Russian Federation), whom it announces for later ("to be
// followed by"), whom it thanks for the turn just ended, and who "has already spoken".
import type { Span } from '../../src/shared/dataset-schema';
import type { ActorCode } from '../../src/shared/ids';
import type { ActorRegistry } from './actor-registry';
import { findNames } from './name-finder';

export interface Named {
  code: ActorCode;
  text: string; // as written
  start: number;
  end: number;
  /** Read through a near match ("Columbia"): the caller warns. */
  near: boolean;
}

export interface FloorEvents {
  calls: Named[];
  queued: Named[];
  thanked: Named[];
  cancelled: ActorCode[];
  /** Slips read through a near match outside any floor-giving slot ("Columbia, China, to
   *  be followed by ..."): no role, but the caller still warns about the spelling. */
  slips: Named[];
}

type Role = 'call' | 'queued' | 'thanked' | 'cancelled' | null;

// Context before a name that makes it the one given the floor.
const CALL_BEFORE = [
  /\b(?:floor|word)\s+(?:is\s+)?(?:now\s+)?(?:over\s+)?(?:to|for)\s+(?:the\s+)?(?:distinguished\s+)?(?:(?:delegation|representative|delegate)s?\s+(?:of|from)\s+)?(?:the\s+)?$/i,
  /\b(?:call(?:ing)?\s+(?:up)?on|invite|inviting|recogni[sz]e|turn(?:ing)?\s+(?:now\s+)?to|go(?:ing)?\s+(?:now\s+)?to|give\s+(?:it\s+)?to|pass\s+(?:it\s+)?to|next\s+(?:speaker|on (?:my|the) list)\s+is|I\s+meant|correction,?)\s+(?:now\s+)?(?:the\s+)?(?:(?:delegation|representative)\s+of\s+)?(?:the\s+)?$/i,
  /\bplease,?\s+(?:the\s+)?$/i,
  /\b(?:over\s+to\s+(?:you,?\s+)?|floor\s+is\s+yours,?\s+|you\s+have\s+the\s+floor,?\s+)(?:the\s+)?$/i,
  /\bit[’']?s\s+(?:the\s+)?$/i,
];
// Context after a name that makes it the one given the floor.
const CALL_AFTER = /^\s*[,:]?\s*(?:please\b|you\s+have\s+the\s+floor|the\s+floor\s+is\s+yours|go\s+ahead|are\s+you\s+(?:here|there|ready|online|with\s+us|connected)|have\s+you\b|(?:to\s+be\s+)?followed\s+by|now,?\s+please|is\s+next|you\s+are\s+next|has\s+the\s+floor|next\b)/i;
const QUEUED_BEFORE = /\b(?:(?:to\s+be\s+)?followed\s+by|and\s+then|after\s+(?:that|which),?)\s+(?:the\s+)?(?:(?:delegation|representative)\s+of\s+)?(?:the\s+)?$/i;
const THANKS_BEFORE = /\bthank(?:s|\s+you)\b(?:\s+(?:very|so)\s+much)?(?:,?\s+indeed)?,?\s+(?:(?:very\s+much|again),?\s+)?(?:the\s+)?(?:distinguished\s+)?(?:(?:delegation|representative)\s+of\s+)?(?:the\s+)?$/i;
const APOLOGY_BEFORE = /\b(?:apolog(?:y|ies|ise|ize)|sorry|congratulat\w*|welcome)\s+(?:to\s+)?(?:the\s+)?(?:(?:delegation|representative)\s+of\s+)?(?:the\s+)?$/i;
const SPOKEN_AFTER = /^\s+(?:has|have)\s+already\s+(?:spoken|taken\s+the\s+floor|delivered)/i;
// A name that opens the sentence and ends it, or goes on only to say what about or how briefly
// ("Singapore.", "Kenya, on venue.", "Iran, briefly.", "Syria, you asked for the floor.",
// "Venezuela, and then I will close the list.").
const ALONE_BEFORE = /^(?:(?:and|so|now|next|yes|okay|ok),?\s+)?(?:the\s+)?$/i;
const ALONE_AFTER = /^\s*(?:[.?!]|,\s+(?:on\b|briefly\b|and\s+then\s+I\b|you\s+(?:have\s+)?(?:asked|requested|wished|wanted)\b))/i;

// Capitalised words that are not delegations even if they come close to one.
const NOT_NAMES = new Set(
  'thank thanks chair chairman chairperson mr mrs ms madam sir excellency excellencies ambassador distinguished delegates delegate delegation delegations colleagues colleague please sorry yes so and the i we you okay ok well my our let this that it now next good dear secretariat president members member states friends ladies gentlemen everyone all'.split(' '),
);

function roleOf(before: string, after: string): Role {
  if (SPOKEN_AFTER.test(after)) return 'cancelled';
  if (QUEUED_BEFORE.test(before)) return 'queued';
  if (APOLOGY_BEFORE.test(before)) return null;
  if (THANKS_BEFORE.test(before)) return 'thanked';
  if (CALL_BEFORE.some((re) => re.test(before)) || CALL_AFTER.test(after)) return 'call';
  if (ALONE_BEFORE.test(before.trimStart()) && ALONE_AFTER.test(after)) return 'call';
  return null;
}

/** Sentence bounds around `at` (a sentence ends at . ? ! followed by a space). */
function sentenceAround(text: string, span: Span, at: number): Span {
  let s = at;
  while (s > span[0] && !(/[.?!]/.test(text[s - 1]!) && /\s/.test(text[s] ?? ' '))) s--;
  let e = at;
  while (e < span[1] && !(/[.?!]/.test(text[e]!) && /\s/.test(text[e + 1] ?? ' '))) e++;
  return [s, Math.min(span[1], e + 1)];
}

export function floorEvents(text: string, span: Span, registry: ActorRegistry, justSpoke?: ActorCode): FloorEvents {
  const events: FloorEvents = { calls: [], queued: [], thanked: [], cancelled: [], slips: [] };
  const found: (Named & { role: Role })[] = [];
  const mentions = findNames(text, registry, span[0], span[1]).filter((m) => registry.byCode(m.code)?.kind !== 'chair');
  const classify = (start: number, end: number): Role => {
    const [ss, se] = sentenceAround(text, span, start);
    return roleOf(text.slice(Math.max(ss, start - 90), start).replace(/\s+/g, ' '), text.slice(end, Math.min(se + 1, end + 60)));
  };
  for (const m of mentions) found.push({ ...m, near: false, role: classify(m.start, m.end) });
  // Unknown capitalised words in a floor-giving slot may be a slip for a delegation's name.
  const covered = (i: number) => mentions.some((m) => m.start <= i && i < m.end);
  const RUN = /\p{Lu}[\p{L}’'\-]+(?:\s+(?:of|the|and|\p{Lu}[\p{L}’'\-]+))*/gu;
  RUN.lastIndex = span[0];
  for (let m = RUN.exec(text); m && m.index < span[1]; m = RUN.exec(text)) {
    if (covered(m.index) || NOT_NAMES.has(m[0].toLowerCase().split(/\s+/)[0]!)) continue;
    // Cheap tests first: most capitalised words are no delegation's name at all.
    let resolved = registry.resolveNear(m[0]);
    if (!resolved && justSpoke && THANKS_BEFORE.test(text.slice(Math.max(span[0], m.index - 60), m.index)) && registry.soundsLike(m[0], justSpoke)) {
      const actor = registry.byCode(justSpoke);
      resolved = actor ? { actor, near: true } : null;
    }
    if (!resolved) continue;
    const role = classify(m.index, m.index + m[0].length);
    if (role === 'cancelled') continue;
    if (registry.byCode(resolved.actor.code)?.kind !== 'chair') {
      found.push({ code: resolved.actor.code, text: m[0], start: m.index, end: m.index + m[0].length, near: resolved.near, role });
    }
  }
  found.sort((a, b) => a.start - b.start);
  for (const f of found) {
    const { role, ...named } = f;
    if (role === 'call') events.calls.push(named);
    else if (role === 'queued') events.queued.push(named);
    else if (role === 'thanked') events.thanked.push(named);
    else if (role === 'cancelled') events.cancelled.push(named.code);
    else if (named.near) events.slips.push(named);
  }
  return events;
}

/** The one given the floor last, unless the same turn says it already spoke. */
export function nextSpeaker(events: FloorEvents): Named | null {
  for (let i = events.calls.length - 1; i >= 0; i--) {
    const c = events.calls[i]!;
    if (!events.cancelled.includes(c.code)) return c;
  }
  return null;
}
