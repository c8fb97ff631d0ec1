// Reader for narrative event reports in reported speech (dig.watch, newsletters):
// "France highlighted that ...", "delegates from Chile, Thailand and Kenya reiterated ...",
// "These delegations voiced ...". Each clause that credits delegations is a turn carrying
// their names (speakerSource 'narrative'); a following sentence that refers back ("These
// delegations", "They") continues that turn; the reporter's own sentences are no one's turn.
import type { Span } from '../../src/shared/dataset-schema';
import type { Turn } from '../pipeline/types';
import type { ActorRegistry } from './actor-registry';
import { headerMeta } from './document-meta';
import { lineAt, lineStarts } from './line-index';
import { findNames, type NameMention } from './name-finder';
import { labelAt, nameLineKind } from './name-lines';
import { paragraphSpans } from './paragraphs';
import { pipeTables, rowHolders } from './pipe-tables';
import type { Reader, ReaderContext, ReaderResult } from './reader';
import { ANAPHOR, creditOf, hasReportingVerb, SAID_AGAIN, SHARED_VIEW_OPENING, UNNAMED_SPEAKER } from './reported-speech';
import { sentenceSpans } from './sentence-spans';
import { contentEnd } from './web-debris';

// Where two reported clauses meet: "France supported it, while China opposed it", "..., with
// Austria adding that ...", "..., a point echoed by El Salvador" (reported-speech.ts), "While
// the representative of Israel held that ..., the delegate of Thailand said".
const CLAUSE_BREAK = new RegExp(
  String.raw`;\s+|,\s+(?:while|whereas|whilst|but|and)\s+|\s+(?:while|whereas|whilst)\s+|,\s+with\s+(?=\p{Lu})|,\s+(?=${SHARED_VIEW_OPENING})|,\s+(?=the\s+(?:representatives?|delegates?|delegations?|speakers?)\s+(?:of|for|from)\s+\p{Lu})`,
  'gu',
);

// Only aligning with a statement: "aligned themselves with", "associates itself with".
const ALIGNMENT = /^(?:align|associat)\w*\s+(?:(?:themselves|itself|himself|herself|fully)\s+)*with\b/i;

/** Whether a clause whose reporting verb is `fromVerb`'s first word only aligns its subject with
 *  a statement. Not when a reporting verb follows a comma ("aligned itself with the EU and, in
 *  its national capacity, said ..."; "also aligning himself with the EU, added ..."): then the
 *  subject speaks. */
function onlyAligns(fromVerb: string): boolean {
  if (!ALIGNMENT.test(fromVerb)) return false;
  const comma = fromVerb.indexOf(',');
  return comma < 0 || !SPEAKS_ON.test(fromVerb.slice(comma));
}
// Verbs in the past that say the subject went on to speak (not "states", "calls": nouns too).
const SPEAKS_ON = /\b(?:said|added|stated|stressed|expressed|noted|called|urged|argued|emphasi[sz]ed|underlined|highlighted|proposed|supported|favou?red|opposed|welcomed|insisted|maintained|reiterated|indicated|suggested|believed|considered|asked|requested|voiced|warned|cautioned|recalled|backed|endorsed|rejected|objected|questioned|preferred|underscored|reaffirmed|agreed|disagreed|wanted|sought|pressed|pushed|regretted|shared|echoed)\b/;

/** The sentence cut where each piece reports its own speakers. */
function clauses(text: string, sentence: Span): Span[] {
  const s = text.slice(sentence[0], sentence[1]);
  const pieces: Span[] = [];
  let from = sentence[0];
  for (const m of s.matchAll(CLAUSE_BREAK)) {
    pieces.push([from, sentence[0] + m.index!]);
    from = sentence[0] + m.index! + m[0].length;
  }
  pieces.push([from, sentence[1]]);
  return pieces;
}

/** A note's line that opens with delegations' names and a colon ("- Brazil: supports ...",
 *  "- Japan, Korea: ...", "- **Egypt** (Arab Group): ..."): the names it is labelled with. A group
 *  in brackets is the one spoken for, unless the speaker only aligns with it ("Germany (aligned
 *  with EU): ..."). */
function lineLabel(text: string, sentence: Span, registry: ActorRegistry): NameMention[] | null {
  if (text.slice(text.lastIndexOf('\n', sentence[0] - 1) + 1, sentence[0]).trim() !== '') return null;
  // The names are looked up once, below: a label naming no delegation gives none.
  const label = labelAt(text, sentence, () => true);
  if (!label) return null;
  const named = findNames(text, registry, sentence[0], label.bodyStart).filter((m) => registry.carriesStances(m.code));
  const bracket = text.slice(sentence[0], label.bodyStart).indexOf('(');
  const inBracket = bracket < 0 ? [] : named.filter((m) => m.start > sentence[0] + bracket);
  const spokenFor = ALIGNS.test(text.slice(sentence[0] + bracket, label.bodyStart)) ? [] : inBracket.filter((m) => registry.byCode(m.code)?.kind !== 'state');
  const names = spokenFor.length > 0 ? spokenFor : named.filter((m) => !inBracket.includes(m));
  return names.length > 0 ? names : null;
}
const ALIGNS = /\b(?:align|associat)/i;

// A heading's decoration: a rule of dashes or equals signs, Markdown's # and emphasis.
const RULE_LINE = /^[\s\-=_*#~]+$/;
const FIRST_PERSON = /\b(?:I|we|We|my delegation|My delegation|our delegation|Our delegation|my country|My country)\b/;

/** A paragraph that is only a heading (one short line, no full stop, rules around it allowed):
 *  the delegations it names when it is a delegation's name ("Islamic Republic of Iran",
 *  "## Kenya"), an empty list when it is a heading of another kind, null when it is prose. */
function headingNames(text: string, p: Span, registry: ActorRegistry): NameMention[] | null {
  const lines = text.slice(p[0], p[1]).split('\n').filter((l) => !RULE_LINE.test(l));
  if (lines.length !== 1) return null;
  const line = lines[0]!.replace(/^[\s#*_]+|[\s*_]+$/g, '');
  if (line.length === 0 || line.length > 100 || /[.!?;,]$/.test(line)) return null;
  if (nameLineKind(line, registry) !== 'known') return /[\p{Ll}]/u.test(line) && !/^[\p{Lu}\d]/u.test(line) ? null : [];
  const at = p[0] + text.slice(p[0], p[1]).indexOf(line);
  return findNames(text, registry, at, at + line.length).filter((m) => registry.carriesStances(m.code));
}

/** The turn of the delegations `names`, over `span`. */
function turnOf(names: string[], span: Span, starts: number[]): Turn {
  return { speaker: names.join(', '), speakerSource: 'narrative', names, span, line: lineAt(starts, span[0]) };
}

export interface NarrativeOptions {
  /** A meeting summary gives each paragraph to the representative it opens with ("The
   *  representative of Kenya said ... The mechanism should ..."): a sentence that credits no
   *  one goes on with the paragraph's open turn. In a news report it may be the reporter's. */
  wholeParagraphs: boolean;
}

export const readNarrative: Reader = (text, context) => narrativeTurns(text, context, { wholeParagraphs: false });

export const readMeetingSummary: Reader = (text, context) => narrativeTurns(text, context, { wholeParagraphs: true });

function narrativeTurns(text: string, { registry }: ReaderContext, { wholeParagraphs }: NarrativeOptions): ReaderResult {
  const starts = lineStarts(text);
  const paragraphs = paragraphSpans(text, 0, contentEnd(text));
  const turns: Turn[] = [];
  let open: Turn | null = null;
  // The paragraph the open turn last reached.
  let openIn = -1;
  let firstCredit = -1;
  // The end of the line that a labelled note's turn runs to ("- Brazil: supports X. Also Y.").
  let labelledTo = -1;
  // The delegations the section under a heading is about ("Israel" between two rules, in a
  // compilation of explanations of position), and whether it speaks in their own words.
  let heading: { names: NameMention[]; ownWords: boolean; turn: Turn | null } | null = null;
  for (const [i, p] of paragraphs.entries()) {
    const headed = headingNames(text, p, registry);
    if (headed) {
      const next = paragraphs[i + 1];
      heading = headed.length > 0 ? { names: headed, ownWords: !!next && FIRST_PERSON.test(text.slice(next[0], next[1])), turn: null } : null;
      open = null;
      continue;
    }
    if (RULE_LINE.test(text.slice(p[0], p[1]))) continue;
    // A section in the delegation's own words ("Mr. Chair, my delegation ...") is its statement,
    // whoever it names ("As Egypt said, ...").
    if (heading?.ownWords) {
      if (firstCredit < 0) firstCredit = p[0];
      if (heading.turn) heading.turn.span = [heading.turn.span[0], p[1]];
      else turns.push((heading.turn = turnOf(heading.names.map((n) => n.text), p, starts)));
      continue;
    }
    // A table with a row per delegation ("| Canada | opposes | PoA |"): each row is that
    // delegation's turn, and no sentence of the table is read as prose.
    const tables = pipeTables(text, p[0], p[1]);
    for (const table of tables) {
      open = null;
      for (const row of table.rows) {
        const names = rowHolders(text, row, registry);
        if (names.length === 0) continue;
        if (firstCredit < 0) firstCredit = p[0];
        turns.push(turnOf(names.map((n) => n.text), row.span, starts));
      }
    }
    const inTable = (s: Span) => tables.some((t) => s[1] > t.header.span[0] && s[0] < t.rows[t.rows.length - 1]!.span[1]);
    for (const sentence of sentenceSpans(text, p)) {
      if (inTable(sentence)) continue;
      const labelled = lineLabel(text, sentence, registry);
      if (labelled || (open && sentence[0] < labelledTo)) {
        const end = sentence[1] - (/\s*$/.exec(text.slice(sentence[0], sentence[1]))![0].length);
        if (labelled) {
          if (firstCredit < 0) firstCredit = p[0];
          open = turnOf(labelled.map((n) => n.text), [sentence[0], end], starts);
          turns.push(open);
          openIn = p[0];
          const lineEnd = text.indexOf('\n', sentence[0]);
          labelledTo = lineEnd < 0 ? text.length : lineEnd;
        } else open!.span = [open!.span[0], end];
        continue;
      }
      // A labelled note's turn ends with its line ("- Chair: closing remarks" is no one's).
      if (labelledTo >= 0) [open, labelledTo] = [null, -1];
      // Pieces without a verb belong to the next piece's subject; pieces without a
      // credit of their own go on with the one before.
      const merged: { span: Span; credit: ReturnType<typeof creditOf> }[] = [];
      let carry: number | null = null;
      for (const piece of clauses(text, sentence)) {
        const span: Span = [carry ?? piece[0], piece[1]];
        const body = text.slice(span[0], span[1]);
        if (!hasReportingVerb(body) && piece[1] < sentence[1]) {
          carry = span[0];
          continue;
        }
        carry = null;
        const credit = creditOf(text, span, registry);
        const last = merged[merged.length - 1];
        if (!credit && last) last.span = [last.span[0], span[1]];
        else merged.push({ span, credit });
      }
      for (const { span, credit } of merged) {
        const trimmed: Span = [span[0], span[1]];
        while (trimmed[1] > trimmed[0] && /[\s,;]/.test(text[trimmed[1] - 1]!)) trimmed[1]--;
        if (credit && onlyAligns(text.slice(credit.verbAt, span[1]))) {
          // "The candidate countries A and B aligned themselves with the statement": they hold
          // no stance of their own here, and the statement's turn goes on.
          if (open) open.span = [open.span[0], trimmed[1]];
        } else if (credit) {
          if (firstCredit < 0) firstCredit = p[0];
          open = {
            speaker: credit.names.map((n) => n.text).join(', '),
            speakerSource: 'narrative',
            names: credit.names.map((n) => n.text),
            ...(credit.spokenFor ? { onBehalfOf: credit.names.map((n) => n.text) } : {}),
            span: trimmed,
            line: lineAt(starts, trimmed[0]),
          };
          turns.push(open);
          openIn = p[0];
        } else if (open && UNNAMED_SPEAKER.test(text.slice(span[0], span[1]).trimStart()) && hasReportingVerb(text.slice(span[0], span[1]))) {
          open = null;
        } else if (open && ((wholeParagraphs && openIn === p[0]) || ANAPHOR.test(text.slice(span[0], span[1]).trimStart()) || SAID_AGAIN.test(text.slice(span[0], span[1])))) {
          open.span = [open.span[0], trimmed[1]];
          openIn = p[0];
        } else if (heading) {
          // Under a delegation's heading, what no one else is credited with is the delegation's.
          if (!heading.turn || open !== heading.turn) turns.push((heading.turn = turnOf(heading.names.map((n) => n.text), trimmed, starts)));
          else heading.turn.span = [heading.turn.span[0], trimmed[1]];
          open = heading.turn;
        } else {
          open = null;
        }
      }
    }
  }
  const head: Span | null = paragraphs.length ? [paragraphs[0]![0], firstCredit > 0 ? firstCredit : paragraphs[0]![1]] : null;
  return { turns, meta: headerMeta(text, head), warnings: [] };
}
