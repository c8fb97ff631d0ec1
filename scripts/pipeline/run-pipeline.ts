// The whole build as one function of its inputs: files and YAML texts in, dataset and
// report out. Steps run in their numbered order; each reports problems instead of throwing.
import { datasetSchema, type Dataset, type DatasetDocument, type Statement } from '../../src/shared/dataset-schema';
import { createActorRegistry } from '../ingest/actor-registry';
import { loadActors, loadSessions, loadSources } from '../ingest/load-metadata';
import { issuesOf, loadCodebook } from '../tagging/load-codebook';
import { applyOverrides, loadOverrides } from '../tagging/overrides';
import { readDocuments } from './01-read-documents';
import { splitTurns } from './02-split-turns';
import { resolveSpeakers, type Unresolved } from './03-resolve-speakers';
import { segmentSentences } from './04-segment-sentences';
import { tagInThisThread, type Tagger } from './05-tag-stances';
import { assembleDataset } from './06-assemble';
import type { InputFile, Problem, SplitDocument } from './types';

export interface PipelineInput {
  files: InputFile[];
  /** YAML texts keyed by their file name as shown in messages. */
  sources: { file: string; text: string } | null;
  sessions: { file: string; text: string };
  actors: { file: string; text: string };
  codebook: { file: string; text: string };
  overrides: { file: string; text: string } | null;
}

export interface BuildReport {
  documentsByKind: Record<string, number>;
  /** Each document: its shape, the cue that decided it, and how many turns it gave. */
  documents: { file: string; kind: string; cue: string; turns: number }[];
  turns: number;
  statementsByActor: Record<string, number>;
  unresolvedNames: string[];
  /** Speaker names no actor matches, with how often and where first. */
  unresolved: { name: string; count: number; first: string }[];
  stances: number;
}

export interface PipelineOutput {
  dataset: Dataset | null;
  problems: Problem[];
  report: BuildReport;
}

export interface PipelineOptions {
  /** Runs step 5; by default in this thread (build-data.ts spreads it over worker threads). */
  tag?: Tagger;
}

export async function runPipeline(input: PipelineInput, options: PipelineOptions = {}): Promise<PipelineOutput> {
  const problems: Problem[] = [];
  const sources = input.sources ? loadSources(input.sources.text, input.sources.file) : { sources: [], problems: [] };
  const sessions = loadSessions(input.sessions.text, input.sessions.file);
  const actors = loadActors(input.actors.text, input.actors.file);
  const codebook = loadCodebook(input.codebook.text, input.codebook.file);
  problems.push(...sources.problems, ...sessions.problems, ...actors.problems, ...codebook.problems);
  const emptyReport: BuildReport = { documentsByKind: {}, documents: [], turns: 0, statementsByActor: {}, unresolvedNames: [], unresolved: [], stances: 0 };
  if (!codebook.codebook) return { dataset: null, problems, report: emptyReport };

  const registry = createActorRegistry(actors.actors);
  const read = await readDocuments(input.files, sources.sources);
  problems.push(...read.problems);

  const splits: SplitDocument[] = [];
  const shapes = new Map<string, string>();
  for (const doc of read.documents) {
    const { split, detection, problems: p } = splitTurns(doc, registry);
    problems.push(...p);
    splits.push(split);
    shapes.set(doc.id, doc.source?.kind ? 'sources.yaml kind' : detection.cue);
  }
  const unresolved: Unresolved[] = [];

  const documents: DatasetDocument[] = [];
  const statements: Statement[] = [];
  for (const split of splits) {
    const resolved = resolveSpeakers(split, registry, sessions.sessions);
    problems.push(...resolved.problems);
    unresolved.push(...resolved.unresolved);
    const place = resolved.place;
    const src = split.document.source;
    documents.push({
      id: split.document.id,
      file: split.document.file,
      title: src?.title ?? split.meta.title ?? split.document.file,
      kind: split.kind,
      format: split.document.format,
      date: place.date,
      session: place.session,
      meeting: place.meeting,
      agenda: split.meta.agenda ?? src?.agenda ?? null,
      url: src?.url ?? null,
      sha256: split.document.sha256,
      text: split.document.text,
    });
    for (const s of resolved.statements) statements.push({ ...s, sentences: segmentSentences(split.document.text, s.span) });
  }

  const tag = options.tag ?? tagInThisThread;
  const machine = await tag({ documents, statements, codebook: codebook.codebook, actors: actors.actors }, registry);
  problems.push(...machine.problems);
  // Human corrections go on top of the tagger; a bad one is a problem and changes nothing.
  const overrides = input.overrides ? loadOverrides(input.overrides.text, input.overrides.file) : { overrides: [], problems: [] };
  const tagged = applyOverrides(machine.stances, overrides.overrides, {
    documents,
    statements,
    codebook: codebook.codebook,
    carriesStances: (c) => registry.carriesStances(c as never),
    file: input.overrides?.file ?? 'overrides.yaml',
  });
  problems.push(...overrides.problems, ...tagged.problems);

  const usedActors = new Set<string>();
  for (const s of statements) for (const c of [s.actor, ...s.authors, ...s.onBehalfOf, ...s.alignedWith, ...s.aligned]) if (c) usedActors.add(c);
  for (const st of tagged.stances) for (const c of st.actors) usedActors.add(c);

  const sorted = [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message));
  const dataset = assembleDataset({
    codebookVersion: codebook.codebook.version,
    sessions: sessions.sessions,
    actors: registry.actors.filter((a) => usedActors.has(a.code) || a.kind === 'eu' || a.kind === 'group'),
    issues: issuesOf(codebook.codebook),
    documents,
    statements,
    stances: tagged.stances,
    warnings: sorted,
  });
  // The build validates what it writes, with the same schema the app loads with.
  datasetSchema.parse(dataset);
  return { dataset, problems: sorted, report: reportOf(dataset, shapes, unresolved) };
}

function reportOf(dataset: Dataset, shapes: Map<string, string>, unresolvedNames: Unresolved[]): BuildReport {
  const documentsByKind: Record<string, number> = {};
  for (const d of dataset.documents) documentsByKind[d.kind] = (documentsByKind[d.kind] ?? 0) + 1;
  const statementsByActor: Record<string, number> = {};
  // Statements per delegation: by author (a joint statement counts for each signatory),
  // else by speaker (the Chair), else unresolved.
  for (const s of dataset.statements) {
    for (const key of s.authors.length ? s.authors : [s.actor ?? '(unresolved)']) statementsByActor[key] = (statementsByActor[key] ?? 0) + 1;
  }
  const turnsOf = new Map<string, number>();
  for (const s of dataset.statements) turnsOf.set(s.document, (turnsOf.get(s.document) ?? 0) + 1);
  const documents = dataset.documents.map((d) => ({ file: d.file, kind: d.kind, cue: shapes.get(d.id) ?? '', turns: turnsOf.get(d.id) ?? 0 }));
  const byName = new Map<string, { name: string; count: number; first: string }>();
  for (const u of unresolvedNames) {
    const e = byName.get(u.name);
    if (e) e.count++;
    else byName.set(u.name, { name: u.name, count: 1, first: `${u.file}:${u.line}` });
  }
  const unresolvedList = [...byName.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  return { documentsByKind, documents, turns: dataset.statements.length, statementsByActor, unresolvedNames: unresolvedList.map((u) => u.name), unresolved: unresolvedList, stances: dataset.stances.length };
}
