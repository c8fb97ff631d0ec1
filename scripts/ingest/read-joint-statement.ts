// Reader for joint statements: one text in the first person plural whose signatories are
// listed in its title ("Joint statement by the Republic of Belarus, ... and the Bolivarian
// Republic of Venezuela on ...", "Delivered by Fiji on behalf of Fiji, Nepal and Peru"), in its opening ("We, A, B and C, ..."), or in a list of
// supporting delegations; failing those, in the title sources.yaml gives it (a statement
// published as a bare text, its signatories only on the page that listed it). The whole
// speech is one turn credited to every signatory.
import type { Span } from '../../src/shared/dataset-schema';
import type { ActorRegistry } from './actor-registry';
import { headerMeta } from './document-meta';
import { lineAt, lineStarts } from './line-index';
import { findNames, type NameMention } from './name-finder';
import { paragraphSpans } from './paragraphs';
import type { Reader, ReaderWarning } from './reader';
import { bodyStartIndex } from './statement-head';
import { contentEnd } from './web-debris';

/** What a text several delegations put their names to calls itself: "joint statement", and, on
 *  a draft, "joint comments", "joint submission", "joint proposal", "joint working paper". */
export const JOINT_TEXT = String.raw`\bjoint\s+(?:statement|comments?|submission|contribution|proposals?|amendments?|(?:non-|working\s+|position\s+)?paper|declaration|letter|input|views)\b`;
/** A letter several states' representatives sign, as the United Nations issues it: "Letter dated
 *  11 December 2023 from the Permanent Representatives of A, B and C to the United Nations
 *  addressed to the Chair", "Identical letters dated ... from the Permanent Missions of A and B". */
export const JOINT_LETTER = String.raw`^[\s*_#]*(?:identical\s+)?letters?\b[^\n]{0,60}?\bfrom\s+the\s+(?:permanent\s+)?(?:representatives|missions)\s+of\s+`;
// "Joint statement by A, B and C on ...", a heading line "Delivered by A on behalf of A, B and C",
// or a joint letter's title.
const TITLE_LIST = new RegExp(String.raw`${JOINT_TEXT}\s+(?:by|of|from|on\s+behalf\s+of|delivered\s+by)\s+|^[\s*_#]*(?:delivered\s+by\b[^\n]{0,80}?\s)?on\s+behalf\s+of\s+|${JOINT_LETTER}`, 'im');
// Where the title's list of signatories stops: "... on the draft report".
const TITLE_LIST_END = /\s(?:on|at|regarding|concerning|in\s+(?:connection|relation|response)|to\s+the|for\s+the)\s/i;
const TITLE = new RegExp(String.raw`^[\s*_#]*${JOINT_TEXT}[^\n]*[^.!?\s]\s*$`, 'i');
const ON_BEHALF = /\b(?:on\s+behalf\s+of|in\s+the\s+name\s+of)\s+/i;
const WE_LIST = /^[\s*_]*We,\s+/;
// "The following States align themselves with this submission: ...": states that align, not
// signatories (in-whose-name.ts records them as aligning).
const ALIGNING = /\b(?:align|associate)\s+themselves\b/i;
const SUPPORTERS = /\b(?:signatories|co-?signatories|co-?sponsors|sponsors|co-?signed\s+by|co-?sponsored\s+by|supported\s+by|endorsed\s+by|joined\s+by|delivered\s+on\s+behalf\s+of|on\s+behalf\s+of\s+the\s+following|the\s+following\s+(?:countries|states|delegations|member\s+states))\b[^:\n]*:?/i;

export const readJointStatement: Reader = (text, { registry, title: givenTitle }) => {
  const warnings: ReaderWarning[] = [];
  const starts = lineStarts(text);
  const paragraphs = paragraphSpans(text, 0, contentEnd(text));
  if (paragraphs.length === 0) return { turns: [], meta: {}, warnings };
  const signatories: NameMention[] = [];
  const add = (from: number, to: number, source = text) => {
    for (const m of findNames(source, registry, from, to)) if (registry.carriesStances(m.code) && !signatories.some((s) => s.code === m.code)) signatories.push(m);
  };
  // A short text without a salutation starts its speech at once, after the title that names
  // its signatories ("JOINT COMMENTS BY A, B AND C ON ...").
  const first = bodyStartIndex(text, paragraphs) || (paragraphs.length > 1 && TITLE.test(text.slice(paragraphs[0]![0], paragraphs[0]![1])) ? 1 : 0);
  const head: Span | null = first > 0 ? [paragraphs[0]![0], paragraphs[first - 1]![1]] : null;
  let bodyStart = first;

  if (head) {
    const list = titleList(text, registry, head[0], head[1]);
    if (list) add(list[0], list[1]);
  }
  // "We, the Republic of Belarus, ..., express": the list runs to the last name before the verb.
  for (let i = first; i < Math.min(paragraphs.length, first + 3); i++) {
    const p = paragraphs[i]!;
    const we = WE_LIST.exec(text.slice(p[0], p[1]));
    if (!we) continue;
    const closing = text.slice(p[0], p[1]).search(/,?\s+(?:express|reaffirm|reiterate|welcome|note|wish|would|hereby|are|have|call|join|support|stress|underline|take)\b/i);
    add(p[0] + we[0].length, closing > 0 ? p[0] + closing : p[1]);
    break;
  }
  // "I have the honour to deliver this statement on behalf of A, B and my own country, C": the
  // list runs to the end of the sentence.
  for (let i = first; signatories.length < 2 && i < Math.min(paragraphs.length, first + 3); i++) {
    const p = paragraphs[i]!;
    const behalf = ON_BEHALF.exec(text.slice(p[0], p[1]));
    if (!behalf) continue;
    const from = p[0] + behalf.index + behalf[0].length;
    const stop = text.slice(from, p[1]).search(/[.;](?:\s|$)/);
    add(from, stop < 0 ? p[1] : from + stop);
  }
  // A list of supporting delegations, at the start or the end.
  const lastIdx = paragraphs.length - 1;
  for (const i of [...new Set([first, lastIdx, lastIdx - 1])].filter((i) => i >= 0)) {
    const p = paragraphs[i]!;
    const s = text.slice(p[0], p[1]);
    const sup = SUPPORTERS.exec(s);
    if (!sup || sup.index > 200 || ALIGNING.test(s.slice(0, 200))) continue;
    const before = signatories.length;
    add(p[0] + sup.index, p[1]);
    // A paragraph that is only the list is not part of the speech.
    if (signatories.length > before && s.length < 1500 && i === first && first < lastIdx) bodyStart = first + 1;
  }
  let bodyEnd = lastIdx;
  const closing = text.slice(paragraphs[bodyEnd]![0], paragraphs[bodyEnd]![1]).slice(0, 200);
  if (bodyEnd > bodyStart && SUPPORTERS.test(closing) && !ALIGNING.test(closing) && findNames(text, registry, paragraphs[bodyEnd]![0], paragraphs[bodyEnd]![1]).length >= 2) bodyEnd--;

  if (signatories.length === 0 && givenTitle) {
    const list = titleList(givenTitle, registry, 0, givenTitle.length);
    if (list) add(list[0], list[1], givenTitle);
  }
  const span: Span = [paragraphs[bodyStart]![0], paragraphs[bodyEnd]![1]];
  if (signatories.length < 2) warnings.push({ line: lineAt(starts, span[0]), message: `joint statement with ${signatories.length} signatory found in its title, opening or list, or in its sources.yaml title` });
  return {
    turns: [
      {
        speaker: signatories.map((s) => s.text).join(', '),
        speakerSource: signatories.length ? 'signatories' : 'unknown',
        names: signatories.map((s) => s.text),
        span,
        line: lineAt(starts, span[0]),
      },
    ],
    meta: headerMeta(text, head),
    warnings,
  };
};

/** Where a title's list of signatories lies in `s` between `from` and `to` ("Joint statement
 *  by A, B and C on ..."): it ends at the first " on ..." after the last name that follows
 *  without a gap. Null when there is no such title. */
function titleList(s: string, registry: ActorRegistry, from: number, to: number): Span | null {
  const title = TITLE_LIST.exec(s.slice(from, to));
  if (!title) return null;
  const start = from + title.index + title[0].length;
  let cursor = start;
  for (const m of findNames(s, registry, start, to)) {
    const gap = s.slice(cursor, m.start);
    if (TITLE_LIST_END.test(` ${gap} `) && cursor > start) break;
    cursor = m.end;
  }
  return [start, Math.min(to, cursor)];
}
