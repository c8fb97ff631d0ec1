// Reader for a single delegation's statement with a header (mission, speaker, session,
// agenda item, place and date), as delegations publish them, often through a PDF. The
// speech from the salutation to the end is one turn; the header says who and when.
import type { Span } from '../../src/shared/dataset-schema';
import { delegationsByAdjective } from './actor-aliases';
import type { ActorRegistry } from './actor-registry';
import { headerMeta } from './document-meta';
import { alignsWithAStatement } from './in-whose-name';
import { lineAt, lineStarts } from './line-index';
import { findNames, type NameMention } from './name-finder';
import { paragraphSpans } from './paragraphs';
import type { Reader, ReaderWarning } from './reader';
import { selfIdentify } from './self-identification';
import { bodyStartIndex } from './statement-head';
import { contentEnd } from './web-debris';

// Header lines that name the delegation, strongest first.
const MISSION = /\b(?:Permanent\s+)?Mission\s+of\s+/i;
const BY = /\b(?:Statement|Remarks|Intervention|Speech|Address|Explanation\s+of\s+(?:vote|position)|Position|Contribution|Submission)\s+(?:delivered\s+|made\s+)?(?:by|of|from)\s+/i;
const ON_BEHALF = /\bon\s+behalf\s+of\s+/i;
const DELEGATION = /\b(?:delegation|government|representative)\s+of\s+/i;

function delegationIn(text: string, head: Span, registry: ActorRegistry): { speaker: NameMention | null; onBehalfOf: NameMention[] } {
  const lines = text.slice(head[0], head[1]).split('\n');
  let offset = head[0];
  const candidates: { rank: number; m: NameMention }[] = [];
  const onBehalfOf: NameMention[] = [];
  const speaks = (m: NameMention) => registry.carriesStances(m.code);
  for (const l of lines) {
    const at = offset;
    offset += l.length + 1;
    const found = ON_BEHALF.exec(l);
    // "Kenya associates itself with the statement delivered by Egypt on behalf of the African
    // Group": the group is someone else's to speak for.
    const behalf = found && !alignsWithAStatement(l.slice(0, found.index)) ? found : null;
    const names = [...findNames(text, registry, at, at + l.length), ...delegationsByAdjective(text, registry, at, at + l.length)].filter(speaks);
    for (const m of names) {
      if (behalf && m.start >= at + behalf.index) {
        onBehalfOf.push(m);
        continue;
      }
      const before = l.slice(0, m.start - at);
      const rank = MISSION.test(before) ? 0 : BY.test(before) || DELEGATION.test(before) ? 1 : /^\W*$/.test(before) ? 2 : 3;
      // "At the 2nd Session of the OEWG", "New York": places and meetings are not speakers.
      if (rank === 3 && /\b(?:at|in|of\s+the\s+OEWG|session)\b/i.test(before)) continue;
      candidates.push({ rank, m });
    }
  }
  candidates.sort((a, b) => a.rank - b.rank || a.m.start - b.m.start);
  return { speaker: candidates[0]?.m ?? null, onBehalfOf };
}

export const readStatement: Reader = (text, { registry }) => {
  const warnings: ReaderWarning[] = [];
  const starts = lineStarts(text);
  const paragraphs = paragraphSpans(text, 0, contentEnd(text));
  if (paragraphs.length === 0) return { turns: [], meta: {}, warnings };
  const first = bodyStartIndex(text, paragraphs);
  const head: Span | null = first > 0 ? [paragraphs[0]![0], paragraphs[first - 1]![1]] : null;
  const span: Span = [paragraphs[first]![0], paragraphs[paragraphs.length - 1]![1]];
  const { speaker, onBehalfOf } = head ? delegationIn(text, head, registry) : { speaker: null, onBehalfOf: [] };
  const self = speaker ? null : selfIdentify(text, span, registry);
  const who = speaker ?? self;
  if (!who) warnings.push({ line: lineAt(starts, span[0]), message: 'statement without a delegation in its header or opening; speaker unknown' });
  return {
    turns: [
      {
        speaker: who?.text ?? '',
        speakerSource: speaker ? 'header' : self ? 'self' : 'unknown',
        names: [],
        span,
        line: lineAt(starts, span[0]),
        ...(onBehalfOf.length ? { onBehalfOf: onBehalfOf.map((m) => m.text) } : {}),
      },
    ],
    meta: headerMeta(text, head),
    warnings,
  };
};
