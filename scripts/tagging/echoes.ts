// A delegation taking up another's view in the same document ("We agree with Malaysia on
// paragraph 33", "We share the concerns expressed by Chile"): the other delegation's stances in
// its last turn before the sentence become the speaker's, with the speaker's sentence first in
// the evidence and the other's after it. Where the sentence names issues ("on the threat
// repository") only those are taken up, and where it names a paragraph, only stances whose own
// sentence names the same paragraph.
// In a report, delegations said to share the view just reported ("Belarus voiced similar
// objections", "..., a point echoed by El Salvador") take up the stances of the clause before
// theirs, whoever it credits.
import type { Span, Stance, Statement } from '../../src/shared/dataset-schema';
import { actorCode, type ActorCode, type DocumentId } from '../../src/shared/ids';
import type { ActorRegistry } from '../ingest/actor-registry';
import type { Mention } from './actor-mentions';
import { matches } from './assess-cue';
import type { CompiledCodebook } from './compile-codebook';
import { placeholder } from './normalise-sentence';

/** A sentence of a statement that takes up `actor`'s view. */
export interface Echo {
  statement: Statement['id'];
  span: Span;
  sentence: string;
  /** The delegation taken up; null for the report's clause just before (a shared view). */
  actor: ActorCode | null;
  rule: string;
  /** The issues the sentence is about, or null when it names none. */
  issues: readonly string[] | null;
}

/** A statement as the echoes need it: its document and authors (in record order). */
export type EchoStatement = Pick<Statement, 'id' | 'document' | 'authors' | 'sentences'>;

/** How far below its source an echoed stance's confidence is set. */
const ECHO_CONFIDENCE = 0.6;

const PARAGRAPH = /\b(?:paragraphs?|paras?\.?|pp?\.)\s*(\d+)/gi;

function paragraphsIn(text: string): Set<string> {
  return new Set([...text.matchAll(PARAGRAPH)].map((m) => m[1]!));
}

/** How many words may follow the delegation taken up when the sentence names no issue. */
const ECHO_AFTER_WORDS = 4;

// Agreeing in full says no more than agreeing: "on all three points", "on every word", "in every
// respect", "entirely".
const ON_EVERYTHING = / (?:on (?:all|every|each) (?:of )?(?:(?:the|these|those|his|her|its|their) )?(?:(?:two|three|four|five) )?(?:points?|words?|counts?|issues?|questions?|respects?)|in (?:every|all) respects?|in full|entirely|completely|fully|wholeheartedly)(?![a-z])/g;

/** The one other delegation a sentence (`text`, as the patterns see it) takes up the view of
 *  ("we agree with Malaysia"), and the issues it names, if any ("... on the repository"). */
export function echoIn(cb: CompiledCodebook, text: string, mentions: readonly Mention[], self: ReadonlySet<string>, registry: ActorRegistry): Omit<Echo, 'statement' | 'span' | 'sentence'> | null {
  const echo = cb.framesAsOne.echo;
  if (!echo) return null;
  const others = [...new Set(mentions.map((m) => actorCode(m.code)))].filter((c) => !self.has(c) && registry.carriesStances(c));
  if (others.length !== 1 || !echo.test(text)) return null;
  // (Frame regexes are global: matches() resets them.)
  const frame = cb.frames.echo.find((f) => matches(f.regex, text).length > 0);
  if (!frame) return null;
  const actor = others[0]!;
  const issues = cb.issues.filter((i) => i.topic?.test(text)).map((i) => i.id);
  if (issues.length > 0) return { actor, rule: frame.id, issues };
  // Agreeing on a point no issue names ("on the need for a budget calculation") takes up none
  // of the other's stances; a paragraph, or nothing more than "on this point", takes them up.
  const after = text.slice(text.lastIndexOf(placeholder(actor))).replace(ON_EVERYTHING, ' ').split(/[^a-z0-9@']+/).filter(Boolean).length - 1;
  return after <= ECHO_AFTER_WORDS || paragraphsIn(text).size > 0 ? { actor, rule: frame.id, issues: null } : null;
}

/** Whether the first sentence of a report's clause (`text`, as the patterns see it) says its
 *  delegations share the view reported before it, and the issues it names, if any ("took a
 *  similar line on the repository"). */
export function sameViewIn(cb: CompiledCodebook, text: string): Omit<Echo, 'statement' | 'span' | 'sentence'> | null {
  if (!cb.framesAsOne.sameView?.test(text)) return null;
  for (const frame of cb.frames.sameView) {
    const found = matches(frame.regex, text)[0];
    if (!found) continue;
    // Topics named beside the frame, not by it ("similar objections" names no veto).
    const rest = text.slice(0, found.index) + ' ' + text.slice(found.index + found[0].length);
    const issues = cb.issues.filter((i) => i.topic?.test(rest)).map((i) => i.id);
    return { actor: null, rule: frame.id, issues: issues.length > 0 ? issues : null };
  }
  return null;
}

/** The stances echoes add, given every statement in record order and the stances found so far. */
export function echoedStances(statements: readonly EchoStatement[], stances: readonly Stance[], echoes: readonly Echo[], quoteOf: (doc: DocumentId, span: Span) => string): Stance[] {
  if (echoes.length === 0) return [];
  const byStatement = new Map<Statement['id'], Stance[]>();
  for (const s of stances) (byStatement.get(s.statement) ?? byStatement.set(s.statement, []).get(s.statement)!).push(s);
  const place = new Map(statements.map((s, i) => [s.id, i]));
  const out: Stance[] = [];
  for (const echo of echoes) {
    const at = place.get(echo.statement);
    if (at === undefined) continue;
    const speaker = statements[at]!;
    const source = echo.actor === null ? statements[at - 1] : lastTurnOf(statements, at, echo.actor);
    if (!source || source.document !== speaker.document) continue;
    // A shared view is the one just reported: the last sentence of the clause before, unless the
    // sentence names its issue ("took a similar line on the repository").
    const last = source.sentences[source.sentences.length - 1];
    const reported = (s: Stance) => echo.actor !== null || echo.issues !== null || (last !== undefined && s.evidence.some((e) => e.span[0] < last[1] && e.span[1] > last[0]));
    const paragraphs = paragraphsIn(echo.sentence);
    const held = new Set([...(byStatement.get(speaker.id) ?? []), ...out.filter((s) => s.statement === speaker.id)].map((s) => s.issue));
    // The source's stances, with those it took up itself ("Belarus voiced similar objections.
    // Nicaragua made a similar point.").
    for (const s of [...(byStatement.get(source.id) ?? []), ...out.filter((o) => o.statement === source.id)]) {
      if (held.has(s.issue) || (echo.issues && !echo.issues.includes(s.issue)) || !reported(s)) continue;
      if (paragraphs.size > 0 && ![...paragraphsIn(s.quote)].some((p) => paragraphs.has(p))) continue;
      held.add(s.issue);
      out.push({
        ...s,
        id: `${speaker.id}/${s.issue}`,
        statement: speaker.id,
        actors: [...speaker.authors].sort(),
        confidence: Math.min(s.confidence, ECHO_CONFIDENCE),
        evidence: [{ span: echo.span, rule: echo.rule }, ...s.evidence],
        quote: quoteOf(speaker.document, echo.span),
        override: null,
      });
    }
  }
  return out;
}

/** `actor`'s last turn before the statement at `at`, in the same document. */
function lastTurnOf(statements: readonly EchoStatement[], at: number, actor: ActorCode): EchoStatement | undefined {
  for (let i = at - 1; i >= 0 && statements[i]!.document === statements[at]!.document; i--) if (statements[i]!.authors.includes(actor)) return statements[i];
  return undefined;
}
