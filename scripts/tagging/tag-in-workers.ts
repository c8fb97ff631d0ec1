// Step 5 spread over worker threads: the job is cut between documents (split-tag-job.ts),
// each piece is tagged by the same pure tagStances in its own thread, and the stances come
// back in the statements' order, so the dataset is byte-identical to a one-thread build.
// Small jobs stay in this thread: starting a worker (loading the code, compiling the
// codebook) costs more than it saves below a few hundred kilobytes of statements.
import { availableParallelism } from 'node:os';
import { tagInThisThread, type TagJob, type Tagger, type TagResult } from '../pipeline/05-tag-stances';
import { startWorker, type StartedWorker } from '../threads/run-in-worker';
import { splitTagJob } from './split-tag-job';

/** Below this much statement text (UTF-16 code units), one thread is faster. */
const MIN_TEXT_FOR_WORKERS = 500_000;

const ENTRY = new URL('./tag-worker.ts', import.meta.url);

export interface WorkerOptions {
  threads?: number;
  /** Statement text below which the job stays in this thread. */
  minText?: number;
  /** Start the workers now, so that their code loads while steps 1-4 run (for a build
   *  expected to be large; unused workers are ended). */
  startEarly?: boolean;
}

export function workerTagger({ threads = Math.min(availableParallelism(), 8), minText = MIN_TEXT_FOR_WORKERS, startEarly = false }: WorkerOptions = {}): Tagger {
  let early: StartedWorker<TagJob, TagResult>[] = startEarly && threads >= 2 ? Array.from({ length: threads }, () => startTagWorker()) : [];
  return async (job, registry) => {
    const workers = early;
    early = [];
    const text = job.statements.reduce((a, st) => a + (st.span[1] - st.span[0]), 0);
    if (threads < 2 || text < minText) {
      for (const w of workers) w.cancel();
      return tagInThisThread(job, registry);
    }
    const pieces = splitTagJob(job, threads);
    for (const w of workers.splice(pieces.length)) w.cancel();
    const results = await Promise.all(pieces.map((piece, i) => (workers[i] ?? startTagWorker()).run(piece)));
    return { stances: results.flatMap((r) => r.stances), problems: results.flatMap((r) => r.problems) };
  };
}

function startTagWorker(): StartedWorker<TagJob, TagResult> {
  return startWorker<TagJob, TagResult>(ENTRY, 'tagging');
}
