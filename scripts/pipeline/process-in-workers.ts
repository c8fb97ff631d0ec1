// Steps 2-5 spread over worker threads: the documents are cut into runs of about equal text
// (split-documents.ts), each run is processed by the same pure processDocuments in its own
// thread, and the results are joined in document order, so the dataset is byte-identical to
// a one-thread build. Each worker gets the codebook compiled here. Small jobs stay in this
// thread: starting a worker (loading the code, copying the codebook) costs more than it saves
// below a few hundred kilobytes of text.
import { availableParallelism } from 'node:os';
import { compiledCodebook, type CompiledCodebook } from '../tagging/compile-codebook';
import { startWorker, type StartedWorker } from '../threads/run-in-worker';
import { processInThisThread, type DocumentProcessor, type DocumentsJob, type DocumentsResult } from './process-documents';
import { splitDocuments } from './split-documents';

/** Below this much document text (UTF-16 code units), one thread is faster. */
const MIN_TEXT_FOR_WORKERS = 500_000;

const ENTRY = new URL('./process-worker.ts', import.meta.url);

/** A worker's share, with the codebook already compiled here (a copy costs less than a compile). */
export interface WorkerJob extends DocumentsJob {
  compiled: CompiledCodebook;
}

export interface WorkerOptions {
  threads?: number;
  /** Document text below which the job stays in this thread. */
  minText?: number;
  /** Start the workers now, so that their code loads while the documents are read (for a
   *  build expected to be large; unused workers are ended). */
  startEarly?: boolean;
}

export function workerProcessor({ threads = Math.min(availableParallelism(), 8), minText = MIN_TEXT_FOR_WORKERS, startEarly = false }: WorkerOptions = {}): DocumentProcessor {
  let early: StartedWorker<WorkerJob, DocumentsResult>[] = startEarly && threads >= 2 ? Array.from({ length: threads }, () => startProcessWorker()) : [];
  return async (job, registry) => {
    const workers = early;
    early = [];
    const text = job.documents.reduce((a, d) => a + d.text.length, 0);
    if (threads < 2 || text < minText) {
      for (const w of workers) w.cancel();
      return processInThisThread(job, registry);
    }
    const shares = splitDocuments(job.documents, threads);
    for (const w of workers.splice(shares.length)) w.cancel();
    const compiled = compiledCodebook(job.codebook);
    const results = await Promise.all(shares.map((documents, i) => (workers[i] ?? startProcessWorker()).run({ ...job, documents, compiled })));
    return {
      // The texts stayed here: put back in place of the empty ones the workers returned.
      processed: results.flatMap((r, i) => r.processed.map((p, k) => ({ ...p, document: { ...p.document, text: shares[i]![k]!.text } }))),
      stances: results.flatMap((r) => r.stances),
      problems: results.flatMap((r) => r.problems),
    };
  };
}

function startProcessWorker(): StartedWorker<WorkerJob, DocumentsResult> {
  return startWorker<WorkerJob, DocumentsResult>(ENTRY, 'build');
}
