// data/codebook.yaml -> a validated codebook, or problems naming file and line.
import { parseDocument, LineCounter } from 'yaml';
import { codebookSchema, type Codebook } from '../../src/shared/codebook-schema';
import type { Issue } from '../../src/shared/dataset-schema';
import { issueId, positionId } from '../../src/shared/ids';
import type { Problem } from '../pipeline/types';
import { yamlProblems, lineOfPath } from '../ingest/yaml-problems';
import { compileOnce } from './compile-codebook';

export function loadCodebook(text: string, file: string): { codebook: Codebook | null; problems: Problem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const syntax = yamlProblems(doc, lines, file);
  if (syntax.length) return { codebook: null, problems: syntax };
  const parsed = codebookSchema.safeParse(doc.toJS());
  if (!parsed.success) {
    return {
      codebook: null,
      problems: parsed.error.issues.map((i) => ({ file, line: lineOfPath(doc, lines, i.path), message: `${i.path.join('.')}: ${i.message}` })),
    };
  }
  // Bad patterns are problems with their line; the rule is left out, the build goes on.
  const { problems } = compileOnce(parsed.data);
  return { codebook: parsed.data, problems: problems.map((p) => ({ file, line: lineOfPath(doc, lines, p.path), message: p.message })) };
}

/** The issue/position part of the codebook, as the dataset carries it. */
export function issuesOf(codebook: Codebook): Issue[] {
  return codebook.issues.map((i) => ({
    id: issueId(i.id),
    label: i.label,
    question: i.question,
    scale: i.scale,
    range: i.range,
    positions: i.positions.map((p) => ({ id: positionId(p.id), label: p.label, description: p.description, score: p.score })),
  }));
}
