// Steps 2-5 for a set of read documents: each one split into turns, its speakers resolved and
// its statements cut into sentences, then every statement tagged. Nothing here looks across
// documents, so any cut of the documents gives, concatenated in document order, exactly the
// result of the whole: worker threads each take a share (process-in-workers.ts).
import type { Codebook } from '../../src/shared/codebook-schema';
import type { DatasetDocument, Session, Stance, Statement } from '../../src/shared/dataset-schema';
import type { ActorRegistry } from '../ingest/actor-registry';
import type { ActorEntry } from '../ingest/load-metadata';
import { splitTurns } from './02-split-turns';
import { resolveSpeakers, type Unresolved } from './03-resolve-speakers';
import { segmentSentences } from './04-segment-sentences';
import { tagStances } from './05-tag-stances';
import type { Problem, ReadDocument } from './types';

/** Steps 2-5 as plain data (the registry as the actor list it is built from), so that a
 *  share of it can be handed to another thread. */
export interface DocumentsJob {
  documents: ReadDocument[];
  sessions: Session[];
  codebook: Codebook;
  actors: ActorEntry[];
}

export interface ProcessedDocument {
  document: DatasetDocument;
  statements: Statement[];
  problems: Problem[];
  unresolved: Unresolved[];
  /** What decided the document's shape (for the build report). */
  shape: string;
}

export interface DocumentsResult {
  processed: ProcessedDocument[];
  stances: Stance[];
  /** The tagger's. */
  problems: Problem[];
}

/** Whatever runs steps 2-5: processDocuments in this thread, or the same spread over workers. */
export type DocumentProcessor = (job: DocumentsJob, registry: ActorRegistry) => Promise<DocumentsResult>;

export const processInThisThread: DocumentProcessor = async (job, registry) => processDocuments(job, registry);

export function processDocuments(job: DocumentsJob, registry: ActorRegistry): DocumentsResult {
  const processed = job.documents.map((doc) => processDocument(doc, registry, job.sessions));
  const tagged = tagStances({
    documents: processed.map((p) => p.document),
    statements: processed.flatMap((p) => p.statements),
    codebook: job.codebook,
    registry,
  });
  return { processed, stances: tagged.stances, problems: tagged.problems };
}

function processDocument(doc: ReadDocument, registry: ActorRegistry, sessions: Session[]): ProcessedDocument {
  const { split, detection, problems } = splitTurns(doc, registry);
  const resolved = resolveSpeakers(split, registry, sessions);
  const place = resolved.place;
  const src = doc.source;
  return {
    document: {
      id: doc.id,
      file: doc.file,
      title: src?.title ?? split.meta.title ?? doc.file,
      kind: split.kind,
      format: doc.format,
      date: place.date,
      session: place.session,
      meeting: place.meeting,
      agenda: split.meta.agenda ?? src?.agenda ?? null,
      url: src?.url ?? null,
      sha256: doc.sha256,
      text: split.document.text,
    },
    statements: resolved.statements.map((s) => ({ ...s, sentences: segmentSentences(split.document.text, s.span) })),
    problems: [...problems, ...resolved.problems],
    unresolved: resolved.unresolved,
    shape: src?.kind ? 'sources.yaml kind' : detection.cue,
  };
}
