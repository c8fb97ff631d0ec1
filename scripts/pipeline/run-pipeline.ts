// The whole build as one function of its inputs: files and YAML texts in, dataset and
// report out. Steps run in their numbered order; each reports problems instead of throwing.
import type { JsonMembers } from '../../src/shared/canonical-json';
import { parseDataset, type Dataset, type DatasetBody, type DatasetDocument, type Statement } from '../../src/shared/dataset-schema';
import { createActorRegistry } from '../ingest/actor-registry';
import { loadActors, loadSessions, loadSources } from '../ingest/load-metadata';
import { issuesOf, loadCodebook } from '../tagging/load-codebook';
import { applyOverrides, loadOverrides } from '../tagging/overrides';
import { readDocuments } from './01-read-documents';
import type { Unresolved } from './03-resolve-speakers';
import { orderDataset, sealDataset } from './06-assemble';
import { processInThisThread, type DocumentProcessor } from './process-documents';
import type { InputFile, Problem } from './types';

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
  /** The text of dataset.json, serialised once for the content hash (write it with objectText). */
  datasetJson: JsonMembers | null;
  problems: Problem[];
  report: BuildReport;
}

export interface PipelineOptions {
  /** Runs steps 2-5; by default in this thread (build-data.ts spreads them over worker threads). */
  process?: DocumentProcessor;
  /** Called once the dataset's content is known, before it is serialised, hashed and checked
   *  (build-data.ts starts agreement.csv there, so it is made while the rest is done). */
  contentReady?: (body: DatasetBody) => void;
}

export async function runPipeline(input: PipelineInput, options: PipelineOptions = {}): Promise<PipelineOutput> {
  const problems: Problem[] = [];
  const sources = input.sources ? loadSources(input.sources.text, input.sources.file) : { sources: [], problems: [] };
  const sessions = loadSessions(input.sessions.text, input.sessions.file);
  const actors = loadActors(input.actors.text, input.actors.file);
  const codebook = loadCodebook(input.codebook.text, input.codebook.file);
  problems.push(...sources.problems, ...sessions.problems, ...actors.problems, ...codebook.problems);
  const emptyReport: BuildReport = { documentsByKind: {}, documents: [], turns: 0, statementsByActor: {}, unresolvedNames: [], unresolved: [], stances: 0 };
  if (!codebook.codebook) return { dataset: null, datasetJson: null, problems, report: emptyReport };

  const registry = createActorRegistry(actors.actors);
  const read = await readDocuments(input.files, sources.sources);
  problems.push(...read.problems);

  // Steps 2-5, document by document (in worker threads when build-data.ts asks for it).
  const processDocuments = options.process ?? processInThisThread;
  const machine = await processDocuments({ documents: read.documents, sessions: sessions.sessions, codebook: codebook.codebook, actors: actors.actors }, registry);
  const shapes = new Map<string, string>();
  const unresolved: Unresolved[] = [];
  const documents: DatasetDocument[] = [];
  const statements: Statement[] = [];
  for (const p of machine.processed) {
    problems.push(...p.problems);
    unresolved.push(...p.unresolved);
    shapes.set(p.document.id, p.shape);
    documents.push(p.document);
    for (const s of p.statements) statements.push(s);
  }
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
  const body = orderDataset({
    codebookVersion: codebook.codebook.version,
    sessions: sessions.sessions,
    actors: registry.actors.filter((a) => usedActors.has(a.code) || a.kind === 'eu' || a.kind === 'group'),
    issues: issuesOf(codebook.codebook),
    documents,
    statements,
    stances: tagged.stances,
    warnings: sorted,
  });
  options.contentReady?.(body);
  const { dataset, members } = sealDataset(body);
  // The build validates what it writes, with the same check the app loads with.
  parseDataset(dataset);
  return { dataset, datasetJson: members, problems: sorted, report: reportOf(dataset, shapes, unresolved) };
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
