// A delegation taking up another's view in the same document ("We agree with Malaysia on
// paragraph 33", "We share the concerns expressed by Chile"): the other delegation's stances in
// its last turn before the sentence become the speaker's, with the speaker's sentence first in
// the evidence and the other's after it. Where the sentence names issues ("on the threat
// repository") only those are taken up, and where it names a paragraph, only stances whose own
// sentence names the same paragraph.
import type { Span, Stance, Statement } from '../../src/shared/dataset-schema';
import type { ActorCode, DocumentId } from '../../src/shared/ids';

/** A sentence of a statement that takes up `actor`'s view. */
export interface Echo {
  statement: Statement['id'];
  span: Span;
  sentence: string;
  actor: ActorCode;
  rule: string;
  /** The issues the sentence is about, or null when it names none. */
  issues: readonly string[] | null;
}

/** A statement as the echoes need it: its document and authors (in record order). */
export type EchoStatement = Pick<Statement, 'id' | 'document' | 'authors'>;

/** How far below its source an echoed stance's confidence is set. */
const ECHO_CONFIDENCE = 0.6;

const PARAGRAPH = /\b(?:paragraphs?|paras?\.?|pp?\.)\s*(\d+)/gi;

function paragraphsIn(text: string): Set<string> {
  return new Set([...text.matchAll(PARAGRAPH)].map((m) => m[1]!));
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
    let source: EchoStatement | undefined;
    for (let i = at - 1; i >= 0 && statements[i]!.document === speaker.document; i--) {
      if (statements[i]!.authors.includes(echo.actor)) {
        source = statements[i];
        break;
      }
    }
    if (!source) continue;
    const paragraphs = paragraphsIn(echo.sentence);
    const held = new Set([...(byStatement.get(speaker.id) ?? []), ...out.filter((s) => s.statement === speaker.id)].map((s) => s.issue));
    for (const s of byStatement.get(source.id) ?? []) {
      if (held.has(s.issue) || (echo.issues && !echo.issues.includes(s.issue))) continue;
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
