// In whose name a turn speaks, read from its own words:
//  - "I have the honour to speak on behalf of the European Union and its member states",
//    "On behalf of the Non-Aligned Movement, ...": the group is the author;
//  - "X aligns itself with the statement delivered by Indonesia on behalf of the NAM":
//    an alignment (alignedWith), never authorship;
//  - "The candidate countries A, B and C align themselves with this statement": the states
//    that align with this statement (aligned);
//  - a speaker back on the floor for a group it spoke for before ("The African Group welcomes
//    ..."): the group again (speaksAgainFor).
import type { Span } from '../../src/shared/dataset-schema';
import type { ActorCode } from '../../src/shared/ids';
import type { ActorRegistry } from './actor-registry';
import { findNames, groupInLowerCase } from './name-finder';
import { sentenceSpans } from './sentence-spans';

export interface InWhoseName {
  /** Spoken for: a group or several states; empty when the speaker speaks for itself. */
  onBehalfOf: ActorCode[];
  /** The speaker also speaks for itself ("... and my own country"). */
  alsoSelf: boolean;
  alignedWith: ActorCode[];
  aligned: ActorCode[];
}

/** How far into a turn a speaker says for whom it speaks. */
const OPENING_CHARS = 600;
const ON_BEHALF = /\b(?:on\s+behalf\s+of|speaking\s+(?:also\s+|here\s+)?for)\s+/gi;
// "the statement delivered by Indonesia on behalf of ..." is someone else's statement.
const SOMEONE_ELSES = /\b(?:statements?|interventions?|remarks|position)\b[^.;]*$/i;
// ... unless it is the speaker's own: "I have the honour to deliver this statement on behalf of".
const OWN_STATEMENT = /\b(?:this|the\s+present|the\s+following|a|our)\s+(?:joint\s+)?(?:statement|intervention|remarks)\s*$/i;
const NOT_A_PARTY = /^(?:my|our|this|its)\s+(?:own\s+)?(?:delegation|government|country|nation|state)\b|^(?:myself|us)\b/i;
const ALSO_SELF = /\b(?:and|as\s+well\s+as)\s+(?:in\s+)?(?:my|our)\s+(?:own\s+)?(?:country|delegation|national\s+capacity)\b/i;
const ALIGN = /\b(?:align(?:s|ing)?|associat(?:es?|ing)|subscribes?\s+to|supports?|endorses?|concurs?\s+with)\b[^.;]*?\bstatements?\b/i;
const ALIGN_WORD = /\b(?:align|associat|subscribe|support|endorse|concur)/i;
const ALIGN_THIS = /\b(?:align|associate)\s+themselves\s+with\s+(?:(?:this|the\s+present|the\s+above|our)\s+(?:joint\s+)?(?:statement|submission|contribution|comments|paper|proposal|declaration|letter|text)|its\s+(?:content|contents|terms))\b/i;

/** Whether the words before "on behalf of" name someone else's statement ("the statement
 *  delivered by Egypt on behalf of ..."), not the speaker's own ("this statement"). */
function introducesAnotherStatement(before: string): boolean {
  return SOMEONE_ELSES.test(before) && !OWN_STATEMENT.test(before);
}

/** "X associates itself with the statement delivered by Egypt on behalf of ...": the words
 *  align with a statement of someone else's. */
export function alignsWithAStatement(text: string): boolean {
  return ALIGN.test(text);
}

function stanceCarrying(registry: ActorRegistry, codes: ActorCode[]): ActorCode[] {
  return [...new Set(codes.filter((c) => registry.carriesStances(c)))];
}

export function inWhoseName(text: string, span: Span, registry: ActorRegistry, speaker: ActorCode | null, alignments = true): InWhoseName {
  const out: InWhoseName = { onBehalfOf: [], alsoSelf: false, alignedWith: [], aligned: [] };
  const opening = Math.min(span[1], span[0] + OPENING_CHARS);
  // Matched on the opening's own text: a global search from an offset would run on to the
  // end of the document for every turn.
  const openingText = text.slice(span[0], opening);
  for (const hit of openingText.matchAll(ON_BEHALF)) {
    const m = { index: span[0] + hit.index!, 0: hit[0] };
    const from = m.index + m[0].length;
    const sentenceStart = Math.max(span[0], text.lastIndexOf('.', m.index) + 1);
    if (introducesAnotherStatement(text.slice(sentenceStart, m.index))) continue;
    if (NOT_A_PARTY.test(text.slice(from, from + 40))) continue;
    // The parties run to the end of the clause: "..., and" or a full stop.
    let end = from;
    while (end < span[1] && !/[.;:]/.test(text[end]!) && !(text[end] === ',' && /^,\s+(?:we|I|my|our|let|allow|and\s+(?:we|I))\b/i.test(text.slice(end, end + 12)))) end++;
    const named = findNames(text, registry, from, end);
    let parties = stanceCarrying(registry, (named.length > 0 ? named : groupInLowerCase(text, registry, from, end)).map((n) => n.code));
    // "on behalf of the following countries: A, B and C": the list follows the colon.
    if (parties.length === 0 && text[end] === ':') {
      let listEnd = end + 1;
      while (listEnd < span[1] && text[listEnd] !== '.' && text[listEnd] !== ';') listEnd++;
      parties = stanceCarrying(registry, findNames(text, registry, end + 1, listEnd).map((n) => n.code));
      end = listEnd;
    }
    if (parties.length === 0) continue;
    out.onBehalfOf = parties;
    out.alsoSelf = ALSO_SELF.test(text.slice(from, end + 40));
    break;
  }
  if (!alignments) return out;
  // Most turns align with nothing: look for the verbs before cutting sentences.
  const firstAt = text.slice(span[0], span[1]).search(ALIGN_WORD);
  if (firstAt < 0) return out;
  const first = span[0] + firstAt;
  for (const [at, sentenceEnd] of sentenceSpans(text, [Math.max(span[0], text.lastIndexOf('.', first) + 1), span[1]])) {
    const sentence = text.slice(at, sentenceEnd);
    if (ALIGN_THIS.test(sentence)) {
      const names = findNames(text, registry, at, at + sentence.length).map((n) => n.code);
      out.aligned.push(...stanceCarrying(registry, names).filter((c) => c !== speaker && !out.onBehalfOf.includes(c)));
      continue;
    }
    const align = ALIGN.exec(sentence);
    if (!align) continue;
    // Whose statement: a group named after "on behalf of", else the names after the verb.
    const rest = sentence.slice(align.index);
    const restAt = at + align.index;
    // A state named before "on behalf of" only delivered the group's statement.
    const behalf = /\bon\s+behalf\s+of\s+/i.exec(rest);
    const behalfAt = behalf ? restAt + behalf.index : Infinity;
    const named = findNames(text, registry, restAt, restAt + rest.length).filter((n) => n.start > behalfAt || registry.byCode(n.code)?.kind !== 'state');
    const names = stanceCarrying(registry, named.map((n) => n.code));
    out.alignedWith.push(...names.filter((c) => c !== speaker && !out.onBehalfOf.includes(c)));
  }
  out.alignedWith = [...new Set(out.alignedWith)];
  out.aligned = [...new Set(out.aligned)];
  return out;
}

/** How far into a later turn the group must be named (the thanks first, then the group). */
const AGAIN_CHARS = 250;
const NATIONAL_CAPACITY = /\bnational\s+capacity\b/i;

/** A later turn of a speaker that spoke for `groups` earlier in the document, whose first name
 *  is one of them ("Thank you, Chair. On paragraph 39, the African Group proposes ..."): the
 *  speaker speaks for that group again. Not when it says it speaks nationally. */
export function speaksAgainFor(text: string, span: Span, registry: ActorRegistry, groups: readonly ActorCode[]): ActorCode | null {
  if (groups.length === 0) return null;
  const opening: Span = [span[0], Math.min(span[1], span[0] + AGAIN_CHARS)];
  if (NATIONAL_CAPACITY.test(text.slice(span[0], span[1]))) return null;
  const first = findNames(text, registry, opening[0], opening[1]).find((n) => registry.carriesStances(n.code));
  return first && groups.includes(first.code) ? first.code : null;
}
