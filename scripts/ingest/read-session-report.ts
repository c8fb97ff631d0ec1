// Reader for session reports as DiploAI publishes them: summary, speaker list and "Full
// session report" (the reporter's prose), then "Session Transcript" with "Speaker: text"
// turns, then per-speaker analysis cards ("Speech speed", arguments, "Agreed with") and a
// closing agreement analysis. Only the transcript is read: everything else is machine
// commentary and never becomes a turn. The Chair's floor-giving is checked against the
// labels, so a mislabelled turn or a slip in a name ("Columbia") is reported.
// A session report without that transcript and without machine analysis is a meeting summary
// in reported speech ("The representative of Kenya said ..."), the way the UN and most
// delegations summarise a meeting: it is read as a narrative report.
import type { Span } from '../../src/shared/dataset-schema';
import { CHAIR } from '../../src/shared/ids';
import type { Turn } from '../pipeline/types';
import { headerMeta, mergeMeta, openingMeta } from './document-meta';
import { floorEvents, nextSpeaker } from './floor-calls';
import { lineAt, lineStarts } from './line-index';
import { labelAt, looksLikeName } from './name-lines';
import { paragraphSpans } from './paragraphs';
import { readMeetingSummary } from './read-narrative';
import type { Reader, ReaderWarning } from './reader';
import { contentEnd } from './web-debris';

/** The marks of a machine-written digest (its analysis layers), which is never evidence. */
export const MACHINE_ANALYSIS = /^\s*(?:Session at a Glance|Speech speed|Full session report|Agreed with|Disagreed with)\s*$|DiploAI/im;
const TRANSCRIPT_HEADING = /^[ \t]*(?:Session\s+|Full\s+)?Transcript[ \t]*:?[ \t]*$/im;
// Headings that open the analysis layers; the transcript ends before the first of them.
const ANALYSIS_HEADING = /^[ \t]*(?:Speech speed|Speech length|Speech time|Agreements?|Agreement Points|Disagreements?|Disagreement Points|Partial Agreements|Unexpected (?:Agreements|Disagreements)|Key Takeaways|Thought Provoking Comments|Follow-up Questions|Resolutions and Action Items|Unresolved Issues|Session at a Glance|Full session report|Keypoints|Disclaimer:.*)[ \t]*$/gim;
// The analysis cards open with an index letter and the speaker's name above "Speech speed".
const CARD_HEAD_LINES = 3;
const SPEAKER_LIST_ITEM = /^[ \t]*[–—•*-][ \t]*([^:\n]{1,80}):/gm;

export function transcriptBounds(text: string): Span | null {
  const heading = TRANSCRIPT_HEADING.exec(text);
  if (!heading) return null;
  const from = heading.index + heading[0].length;
  let end = contentEnd(text);
  ANALYSIS_HEADING.lastIndex = from;
  const next = ANALYSIS_HEADING.exec(text);
  if (next && next.index < end) {
    end = next.index;
    if (/speech (?:speed|length|time)/i.test(next[0])) {
      // Step back over the card's head (its index letter, the speaker's name).
      const before = text.slice(from, end).split('\n');
      let keep = before.length;
      let dropped = 0;
      while (keep > 0 && dropped <= CARD_HEAD_LINES) {
        const l = before[keep - 1]!;
        if (l.trim() === '') keep--;
        else if (dropped < CARD_HEAD_LINES && l.trim().length <= 80 && !/[.:]\s*\S|[.!?]$/.test(l.trim())) {
          keep--;
          dropped++;
        } else break;
      }
      end = from + before.slice(0, keep).join('\n').length;
    }
  }
  return [from, end];
}

export const readSessionReport: Reader = (text, context) => {
  const { registry } = context;
  const bounds = transcriptBounds(text);
  if (!bounds && !MACHINE_ANALYSIS.test(text)) return readMeetingSummary(text, context);
  const warnings: ReaderWarning[] = [];
  const starts = lineStarts(text);
  const line = (offset: number) => lineAt(starts, offset);
  const headEnd = /^\s*(?:Session at a Glance|Summary)\s*$/im.exec(text)?.index ?? Math.min(text.length, 400);
  const head: Span = [0, bounds ? Math.min(headEnd, bounds[0]) : headEnd];
  if (!bounds) {
    warnings.push({ line: 1, message: 'session report with machine analysis but without a "Session Transcript" section; nothing read' });
    return { turns: [], meta: headerMeta(text, head), warnings };
  }
  const listed = new Set([...text.slice(0, bounds[0]).matchAll(SPEAKER_LIST_ITEM)].map((m) => m[1]!.trim().toLowerCase()));
  const isSpeaker = (name: string) => listed.has(name.toLowerCase()) || registry.resolve(name) !== null || looksLikeName(name);

  const turns: Turn[] = [];
  for (const p of paragraphSpans(text, bounds[0], bounds[1])) {
    const label = labelAt(text, p, isSpeaker);
    if (label) {
      const chair = registry.resolve(label.name)?.actor.kind === 'chair';
      turns.push({ speaker: label.name, speakerSource: 'label', names: [], span: [label.bodyStart, p[1]], line: line(label.bodyStart), ...(chair ? { chair } : {}) });
    } else if (turns.length > 0) {
      const last = turns[turns.length - 1]!;
      last.span = [last.span[0], p[1]];
    } else {
      warnings.push({ line: line(p[0]), message: 'text before the first "Speaker:" label of the transcript; skipped' });
    }
  }

  // The Chair's calls against the labels that follow them.
  for (let i = 1; i < turns.length; i++) {
    const chairTurn = turns[i - 1]!;
    if (!chairTurn.chair) continue;
    const before = turns[i - 2] ? registry.resolve(turns[i - 2]!.speaker)?.actor.code : undefined;
    const events = floorEvents(text, chairTurn.span, registry, before);
    for (const n of [...events.calls, ...events.queued, ...events.thanked, ...events.slips]) {
      if (n.near) warnings.push({ line: line(n.start), message: `"${n.text}" read as ${registry.byCode(n.code)?.name ?? n.code} (near match)` });
    }
    const called = nextSpeaker(events);
    const turn = turns[i]!;
    const labelled = registry.resolve(turn.speaker)?.actor.code;
    if (!called || labelled === CHAIR) continue;
    if (!labelled) {
      warnings.push({ line: turn.line, message: `label "${turn.speaker}" is unknown; read as ${called.text}, to whom the Chair gave the floor` });
      Object.assign(turn, { speaker: called.text, speakerSource: 'floor' });
    } else if (labelled !== called.code) {
      warnings.push({ line: turn.line, message: `the Chair gave the floor to "${called.text}" but the turn is labelled "${turn.speaker}"; label kept` });
    }
  }
  const opening = turns.find((t) => t.chair)?.span ?? null;
  return { turns, meta: mergeMeta(headerMeta(text, head), openingMeta(text, opening)), warnings };
};
