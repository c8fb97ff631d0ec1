// Human corrections (data/overrides.yaml, the format the app exports: src/shared/overrides-schema.ts)
// applied after the tagger. Each adds, removes or changes one (statement, actor, issue) tag.
// A corrected tag is marked source 'override' with its reason and author; a bad override is a
// problem with file and line, never a crash, and changes nothing.
//
// Optional beyond the shared schema: `quote`, the exact sentence an added tag rests on (it must
// lie inside the statement); without it an added tag quotes the whole statement.
import { LineCounter, parseDocument } from 'yaml';
import type { Codebook } from '../../src/shared/codebook-schema';
import type { DatasetDocument, Span, Stance, Statement } from '../../src/shared/dataset-schema';
import { actorCode, issueId, positionId } from '../../src/shared/ids';
import { overrideSchema, type Override } from '../../src/shared/overrides-schema';
import { lineOfPath, yamlProblems } from '../ingest/yaml-problems';
import type { Problem } from '../pipeline/types';

export interface LocatedOverride extends Override {
  quote: string | null;
  line: number;
}

export function loadOverrides(text: string, file: string): { overrides: LocatedOverride[]; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const syntax = yamlProblems(doc, lines, file);
  if (syntax.length) return { overrides: [], problems: syntax };
  const data: unknown = doc.toJS() ?? [];
  if (!Array.isArray(data)) return { overrides: [], problems: [{ file, line: 1, message: 'expected a list of overrides' }] };
  const overrides: LocatedOverride[] = [];
  const problems: Problem[] = [];
  data.forEach((entry: unknown, i) => {
    const line = lineOfPath(doc, lines, [i]);
    const parsed = overrideSchema.safeParse(entry);
    if (!parsed.success) {
      const first = parsed.error.issues[0]!;
      problems.push({ file, line: lineOfPath(doc, lines, [i, ...first.path.map((p) => (typeof p === 'symbol' ? String(p) : p))]) || line, message: `override ${i + 1}: ${first.path.join('.') || 'entry'}: ${first.message}` });
      return;
    }
    const quote = (entry as { quote?: unknown }).quote;
    overrides.push({ ...parsed.data, quote: typeof quote === 'string' ? quote : null, line });
  });
  return { overrides, problems };
}

export interface OverrideContext {
  documents: DatasetDocument[];
  statements: Statement[];
  codebook: Codebook;
  /** The Chair, secretariat and briefers never carry stances, not even by hand. */
  carriesStances: (code: string) => boolean;
  file: string;
}

export function applyOverrides(stances: Stance[], overrides: LocatedOverride[], ctx: OverrideContext): { stances: Stance[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const statements = new Map(ctx.statements.map((s) => [s.id as string, s]));
  const docs = new Map(ctx.documents.map((d) => [d.id as string, d]));
  const issues = new Map(ctx.codebook.issues.map((i) => [i.id, i]));
  let out = [...stances];

  for (const o of overrides) {
    const fail = (message: string) => problems.push({ file: ctx.file, line: o.line, message: `override of ${o.statement} ${o.actor} ${o.issue}: ${message}` });
    const st = statements.get(o.statement);
    if (!st) {
      fail(`unknown statement "${o.statement}"`);
      continue;
    }
    if (!st.authors.includes(o.actor as never)) {
      fail(`"${o.actor}" is not an author of the statement (authors: ${st.authors.join(', ') || 'none'})`);
      continue;
    }
    if (!ctx.carriesStances(o.actor)) {
      fail(`"${o.actor}" carries no stances`);
      continue;
    }
    const issue = issues.get(o.issue);
    if (!issue) {
      fail(`unknown issue "${o.issue}"`);
      continue;
    }
    if (o.action !== 'remove') {
      if (!issue.positions.some((p) => p.id === o.position)) {
        fail(`unknown position "${o.position}" of issue ${o.issue}`);
        continue;
      }
      if ((o.position === 'value') !== (o.value !== null)) {
        fail(o.position === 'value' ? 'the value position needs a value' : 'only the value position takes a value');
        continue;
      }
    }
    const at = out.findIndex((s) => s.statement === o.statement && s.issue === o.issue && s.actors.includes(o.actor as never));
    const mark = { reason: o.reason, by: o.by };

    if (o.action === 'add') {
      if (at >= 0) {
        fail('the tagger already gives this tag; use action "change"');
        continue;
      }
      const doc = docs.get(st.document)!;
      const span = quoteSpan(doc.text, st.span, o.quote);
      if (!span) {
        fail(`quote not found in the statement: "${o.quote}"`);
        continue;
      }
      out.push({
        id: `${st.id}/${o.issue}/${o.actor}`,
        statement: st.id,
        document: st.document,
        actors: [actorCode(o.actor)],
        issue: issueId(o.issue),
        position: positionId(o.position!),
        value: o.value,
        confidence: 1,
        source: 'override',
        evidence: [{ span, rule: 'override' }],
        quote: doc.text.slice(span[0], span[1]),
        override: mark,
      });
      continue;
    }
    if (at < 0) {
      fail(`the tagger gives no such tag to ${o.action}`);
      continue;
    }
    const old = out[at]!;
    const rest: Stance[] = old.actors.length > 1 ? [{ ...old, actors: old.actors.filter((a) => a !== o.actor), id: `${old.id}/without-${o.actor}` }] : [];
    const changed: Stance[] =
      o.action === 'change'
        ? [{ ...old, id: `${old.statement}/${o.issue}/${o.actor}`, actors: [actorCode(o.actor)], position: positionId(o.position!), value: o.value, confidence: 1, source: 'override', override: mark }]
        : [];
    out = [...out.slice(0, at), ...rest, ...changed, ...out.slice(at + 1)];
  }
  return { stances: out, problems };
}

/** The span of `quote` inside the statement, or the statement itself when no quote is given. */
function quoteSpan(text: string, span: Span, quote: string | null): Span | null {
  if (quote === null) return span;
  const at = text.slice(span[0], span[1]).indexOf(quote);
  return at < 0 || quote.length === 0 ? null : [span[0] + at, span[0] + at + quote.length];
}
