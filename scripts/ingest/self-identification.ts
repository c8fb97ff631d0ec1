// A speaker naming itself at the start of a turn: "Kenya places great importance ...",
// "the delegation of Iraq believes", "The Chinese delegation thanks you", "For Chile, ...",
// "Nicaragua, a small and developing country, ...". Only the opening sentences count, and only
// forms where the name is the speaker (a subject with a first-person verb), never a name merely
// mentioned ("the aggression of Russia", "Indonesia's statement").
import type { Span } from '../../src/shared/dataset-schema';
import { delegationsByAdjective } from './actor-aliases';
import type { ActorRegistry } from './actor-registry';
import type { Named } from './floor-calls';
import { findNames } from './name-finder';

const OPENING_CHARS = 700;
const SELF_VERB = /^\s*(?:,\s*)?(?:(?:also|strongly|fully|firmly|further|would|wishes|continues|therefore|hereby)\s+)*(?:aligns?|associates?|believes?|considers?|would\s+like|wish(?:es)?|supports?|welcomes?|is\s+of\s+the\s+view|places|attaches|reiterates|reaffirms|shares|joins|recogni[sz]es|highlights|wants|remains|notes|appreciates|commends|underlines|underscores|stresses|emphasi[sz]es|takes\s+note|is\s+(?:actively|fully|firmly|deeply|committed|pleased|honou?red|grateful|convinced)|has\s+(?:always|consistently|been|actively)|thanks|agrees|calls|proposes|suggests|favou?rs|maintains|acknowledges|expresses|affirms|is\s+(?:one|a)\b)/i;
const DELEGATION_OF = /\b(?:the\s+)?(?:delegation|government|people)\s+of\s+(?:the\s+)?$/i;
const SENTENCE_START = /(?:^|[.!?:]\s+|\n\s*|(?:Chair(?:person|man)?|President|Excellenc(?:y|ies)|colleagues|delegates),\s+)(?:the\s+)?$/i;
const FOR_X = /(?:^|[.!?]\s+)For\s+(?:the\s+)?$/;
const APPOSITION = /^\s*,\s+(?:as\s+)?(?:a|an|one\s+of)\s+/i;

export function selfIdentify(text: string, span: Span, registry: ActorRegistry): Named | null {
  const end = Math.min(span[1], span[0] + OPENING_CHARS);
  const mentions = [...findNames(text, registry, span[0], end), ...delegationsByAdjective(text, registry, span[0], end)].sort((a, b) => a.start - b.start);
  for (const m of mentions) {
    const kind = registry.byCode(m.code)?.kind;
    if (kind !== 'state' && kind !== 'eu' && kind !== 'organisation') continue;
    const before = text.slice(Math.max(span[0], m.start - 80), m.start);
    const after = text.slice(m.end, Math.min(span[1], m.end + 60));
    if (/^[’']s\b/.test(after)) continue;
    const named = { code: m.code, text: m.text, start: m.start, end: m.end, near: false };
    if (DELEGATION_OF.test(before) && !/\bthe\s+statement\b/i.test(before)) return named;
    const atStart = SENTENCE_START.test(before) || before.trim() === '';
    if (atStart && (SELF_VERB.test(after) || APPOSITION.test(after))) return named;
    if (FOR_X.test(before) && /^\s*,/.test(after)) return named;
  }
  return null;
}
