// Step 2: a document's text -> its turns, by the reader for its shape.
// The detector picks the reader; a `kind` in sources.yaml overrides it; an unrecognised
// document is read as "Name: text" turns, with a warning. A turn spoken first for a group
// and then in the speaker's national capacity is cut in two.
import type { ActorRegistry } from '../ingest/actor-registry';
import { detectShape, readerFor, type Detection } from '../ingest/detect-shape';
import { splitNationalCapacity } from '../ingest/national-capacity';
import type { Problem, ReadDocument, SplitDocument } from './types';

export function splitTurns(document: ReadDocument, registry: ActorRegistry): { split: SplitDocument; detection: Detection; problems: Problem[] } {
  const problems: Problem[] = [];
  const detection = detectShape(document.text, registry);
  const fromSources = document.source?.kind !== undefined;
  const kind = document.source?.kind ?? detection.kind;
  const reader = readerFor(kind, detection, fromSources);
  const result = reader(document.text, { registry, title: document.source?.title });
  for (const w of result.warnings) problems.push({ file: document.file, line: w.line, message: w.message });
  if (!detection.recognised && !fromSources) {
    problems.push({ file: document.file, line: 1, message: 'document shape not recognised; read as "Name: text" turns' });
  } else if (fromSources && detection.recognised && detection.kind !== kind) {
    problems.push({ file: document.file, line: 1, message: `read as ${kind} (sources.yaml kind) though it looks like a ${detection.kind} (${detection.cue})` });
  }
  if (result.turns.length === 0) {
    problems.push({ file: document.file, line: 1, message: 'no turns found in document' });
  }
  const turns = splitNationalCapacity(document.text, result.turns, registry);
  // A statement whose text does not say who delivered it: sources.yaml may.
  const speaker = document.source?.speaker;
  if (speaker) {
    for (const t of turns) if (t.speakerSource === 'unknown') Object.assign(t, { speaker, speakerSource: 'header' });
  }
  return { split: { document, kind, meta: result.meta, turns }, detection, problems };
}
