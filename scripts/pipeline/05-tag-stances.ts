// Step 5: statements -> stances, by the codebook's cue rules (scripts/tagging/).
// Whose stance: a statement's authors that carry stances (never the Chair, secretariat or
// briefers; countries that only align get nothing). A narrative report's turn is already the
// clause that credits its delegations (scripts/ingest/read-narrative.ts), continued by "These
// delegations ..." / "They ..."; the matcher reads those openings as the authors speaking.
// (The machine analysis of a session report is never a turn: read-session-report.ts.)
import type { Codebook } from '../../src/shared/codebook-schema';
import type { DatasetDocument, Span, Stance, Statement } from '../../src/shared/dataset-schema';
import { actorCode, issueId, positionId, type DocumentId } from '../../src/shared/ids';
import type { ActorRegistry } from '../ingest/actor-registry';
import { nameResolver, sentenceMentions, type Mention } from '../tagging/actor-mentions';
import { firstReference, lastNamed, mayRefer, type Referent } from '../tagging/anaphora';
import { chooseStances, type LocatedHit } from '../tagging/choose-stances';
import { compiledCodebook, type CompiledCodebook } from '../tagging/compile-codebook';
import { echoedStances, echoIn, sameViewIn, type Echo } from '../tagging/echoes';
import { matchPatternText, patternText, withRepresentativesOwn } from '../tagging/match-sentence';
import { listItemAt, listItemHits } from '../tagging/list-items';
import { tableColumns, tableRowHits } from '../tagging/table-row-hits';
import { tableRowsByStart, type PipeTable, type TableRow } from '../ingest/pipe-tables';
import type { Problem } from './types';
import { paragraphStart } from '../ingest/paragraphs';
import { sentenceSpans } from '../ingest/sentence-spans';

export interface TagInput {
  documents: DatasetDocument[];
  statements: Statement[];
  codebook: Codebook;
  registry: ActorRegistry;
}

export interface TagResult {
  stances: Stance[];
  problems: Problem[];
}

type Sentence = { span: Span; sentence: string; mentions: Mention[]; text?: string };

/** The sentence as the patterns see it, normalised once. */
function textOf(s: Sentence, self: ReadonlySet<string>): string {
  return (s.text ??= patternText(s.sentence, s.mentions, self));
}

/** How far back a reference may reach: the sentence before, or the one before that when the
 *  sentence between goes on about the same thing ("On the repository, ... We see its value.
 *  We can support it."). */
const REACH = 2;

/** What the sentence's first reference stands for, and the span that shows both: the thing
 *  named last before the reference in the same sentence, or else in an earlier sentence of
 *  the statement, through sentences that themselves refer back. */
function referenceIn(cb: CompiledCodebook, here: Sentence, earlier: readonly Sentence[], self: ReadonlySet<string>): { referent: Referent; span: Span } | null {
  const text = textOf(here, self);
  const at = firstReference(text);
  if (at < 0) return null;
  const inSentence = lastNamed(cb, text, at);
  if (inSentence) return { referent: inSentence, span: here.span };
  for (let k = earlier.length - 1; k >= 0; k--) {
    const before = earlier[k]!;
    const named = lastNamed(cb, textOf(before, self));
    if (named) return { referent: named, span: [before.span[0], here.span[1]] };
    if (!mayRefer(before.sentence)) return null;
  }
  return null;
}

/** Up to REACH sentences before `at` in its paragraph, for a turn of a report to refer back to;
 *  for a turn that opens its paragraph, those that end the paragraph before, when that one is
 *  prose (a digest gives each sentence a paragraph: "Kenya presented its proposal for a
 *  repository. // Senegal welcomed it."), not a heading. */
function sentencesBefore(text: string, at: number, resolve: ReturnType<typeof nameResolver>, registry: ActorRegistry): Sentence[] {
  let from = paragraphStart(text, at);
  let to = at;
  if (!/\S/.test(text.slice(from, at))) {
    const end = text.slice(0, from).trimEnd().length;
    if (end === 0 || !/[.!?]["”’)]*$/.test(text.slice(Math.max(0, end - 3), end))) return [];
    [from, to] = [paragraphStart(text, end), end];
  }
  return sentenceSpans(text, [from, to])
    .slice(-REACH)
    .map((span) => {
      const sentence = text.slice(span[0], span[1]);
      return { span, sentence, mentions: sentenceMentions(sentence, resolve, registry, true) };
    });
}

export function tagStances(input: TagInput): TagResult {
  const cb = compiledCodebook(input.codebook);
  const resolve = nameResolver(input.registry);
  const docs = new Map(input.documents.map((d) => [d.id, d]));
  const issueOrder = cb.issues.map((i) => i.id);
  const stances: Stance[] = [];
  const echoes: Echo[] = [];
  // A document's table rows, and each table's columns, found once (most documents have none).
  const tableRows = new Map<string, Map<number, { table: PipeTable; row: TableRow }>>();
  const columns = new Map<PipeTable, Set<string>[]>();

  for (const st of input.statements) {
    const doc = docs.get(st.document);
    if (!doc) continue;
    const authors: string[] = [...new Set(st.authors)].filter((a) => input.registry.carriesStances(a)).sort();
    if (authors.length === 0) continue;
    const narrative = st.speakerSource === 'narrative';
    const group = authors.every((a) => input.registry.byCode(a)?.kind === 'group');

    const hits: LocatedHit[] = [];
    const self = new Set(authors);
    // A report's turn may refer to what the sentence before it named ("The repository drew
    // interest. Fiji and Chile supported it."): see sentencesBefore.
    const earlier: Sentence[] = narrative ? sentencesBefore(doc.text, st.span[0], resolve, input.registry) : [];
    let rows = tableRows.get(doc.id);
    if (narrative && !rows) tableRows.set(doc.id, (rows = tableRowsByStart(doc.text)));
    const tableRow = narrative ? rows!.get(st.span[0]) : undefined;
    if (tableRow) {
      let cols = columns.get(tableRow.table);
      if (!cols) columns.set(tableRow.table, (cols = tableColumns(cb, tableRow.table)));
      hits.push(...tableRowHits(cb, tableRow.table, tableRow.row, cols, { self, date: st.date }).map((h) => ({ ...h, holders: authors, span: st.span })));
    }
    for (const span of tableRow ? [] : st.sentences) {
      const sentence = doc.text.slice(span[0], span[1]);
      const mentions = sentenceMentions(sentence, resolve, input.registry, narrative);
      const ctx = { self, date: st.date, narrative, group };
      const here: Sentence = { span, sentence, mentions };
      let found = matchPatternText(cb, sentence, textOf(here, self), ctx);
      // "- Two or three dedicated thematic groups; no more.": a bullet of the author's own paper.
      const item = found.length === 0 && !narrative ? listItemAt(doc.text, span) : null;
      if (item) found = listItemHits(cb, item, (r) => sentenceMentions(r, resolve, input.registry, false), ctx);
      for (const h of found) hits.push({ ...h, holders: authors, span });
      // "We support it": the thing named just before, read in place of "it" (anaphora.ts).
      const ref = mayRefer(sentence) ? referenceIn(cb, here, earlier, self) : null;
      if (ref && !found.some((h) => h.issue === ref.referent.issue)) {
        for (const h of matchPatternText(cb, sentence, textOf(here, self), { ...ctx, referent: ref.referent })) hits.push({ ...h, holders: authors, span: ref.span });
      }
      // "We agree with Malaysia on paragraph 33": a sentence with no stance of its own may take one up.
      const echo = found.length === 0 && mentions.length > 0 ? echoIn(cb, narrative ? withRepresentativesOwn(textOf(here, self)) : textOf(here, self), mentions, self, input.registry) : null;
      // "Belarus voiced similar objections": a report's clause may share the view of the one before.
      const taken = echo ?? (found.length === 0 && narrative && span === st.sentences[0] ? sameViewIn(cb, textOf(here, self)) : null);
      if (taken) echoes.push({ statement: st.id, span, sentence, ...taken });
      earlier.push(here);
      if (earlier.length > REACH) earlier.shift();
    }

    for (const c of chooseStances(hits, issueOrder)) {
      const first = c.evidence[0]!;
      const all = c.holders.length === authors.length;
      stances.push({
        id: `${st.id}/${c.issue}${all ? '' : '/' + c.holders.join('+')}`,
        statement: st.id,
        document: st.document,
        actors: c.holders.map(actorCode),
        issue: issueId(c.issue),
        position: positionId(c.position),
        value: c.value,
        confidence: c.confidence,
        source: 'tagger',
        evidence: c.evidence,
        quote: doc.text.slice(first.span[0], first.span[1]),
        override: null,
      });
    }
  }
  const quoteOf = (doc: DocumentId, span: Span) => docs.get(doc)!.text.slice(span[0], span[1]);
  stances.push(...echoedStances(input.statements, stances, echoes, quoteOf));
  return { stances, problems: [] };
}
