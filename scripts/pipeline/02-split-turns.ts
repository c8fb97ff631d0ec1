// Step 2: a document's text -> its turns, by the reader for its shape.
// The detector picks the reader; a `kind` in sources.yaml overrides it.
import { detectShape, readerFor } from '../ingest/detect-shape';
import type { Problem, ReadDocument, SplitDocument } from './types';

export function splitTurns(document: ReadDocument): { split: SplitDocument; problems: Problem[] } {
  const problems: Problem[] = [];
  const detected = detectShape(document.text);
  const kind = document.source?.kind ?? detected.kind;
  const reader = readerFor(kind, detected);
  const result = reader(document.text);
  for (const w of result.warnings) problems.push({ file: document.file, line: w.line, message: w.message });
  if (!detected.recognised && !document.source?.kind) {
    problems.push({ file: document.file, line: 1, message: 'document shape not recognised; read as "Name: text" turns' });
  }
  if (result.turns.length === 0) {
    problems.push({ file: document.file, line: 1, message: 'no turns found in document' });
  }
  return { split: { document, kind, meta: result.meta, turns: result.turns }, problems };
}
