// A worker thread's side of process-in-workers.ts: one share of steps 2-5, with the same pure
// function a one-thread build uses and the codebook compiled by the caller. The documents'
// texts are not sent back (the caller has them).
import { createActorRegistry } from '../ingest/actor-registry';
import { answerJobs } from '../threads/answer-jobs';
import { adoptCompiled } from '../tagging/compile-codebook';
import type { WorkerJob } from './process-in-workers';
import { processDocuments, type DocumentsResult } from './process-documents';

answerJobs<WorkerJob, DocumentsResult>(({ compiled, ...job }) => {
  adoptCompiled(job.codebook, compiled);
  const result = processDocuments(job, createActorRegistry(job.actors));
  return { ...result, processed: result.processed.map((p) => ({ ...p, document: { ...p.document, text: '' } })) };
});
