// Step 5 spread over worker threads: the job is cut between documents (split-tag-job.ts),
// each piece is tagged by the same pure tagStances in its own thread, and the stances come
// back in the statements' order, so the dataset is byte-identical to a one-thread build.
// Small jobs stay in this thread: starting a worker (loading the code, compiling the
// codebook) costs more than it saves below a few hundred kilobytes of statements.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { tagInThisThread, type TagJob, type Tagger, type TagResult } from '../pipeline/05-tag-stances';
import { splitTagJob } from './split-tag-job';

/** Below this much statement text (UTF-16 code units), one thread is faster. */
const MIN_TEXT_FOR_WORKERS = 500_000;

export interface WorkerOptions {
  threads?: number;
  /** Statement text below which the job stays in this thread. */
  minText?: number;
}

export function workerTagger({ threads = Math.min(availableParallelism(), 8), minText = MIN_TEXT_FOR_WORKERS }: WorkerOptions = {}): Tagger {
  return async (job, registry) => {
    const text = job.statements.reduce((a, st) => a + (st.span[1] - st.span[0]), 0);
    if (threads < 2 || text < minText) return tagInThisThread(job, registry);
    const results = await Promise.all(splitTagJob(job, threads).map(tagInWorker));
    return { stances: results.flatMap((r) => r.stances), problems: results.flatMap((r) => r.problems) };
  };
}

function tagInWorker(piece: TagJob): Promise<TagResult> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(new URL('./tag-worker.ts', import.meta.url));
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.once('message', (reply: { ok: true; result: TagResult } | { ok: false; error: string }) =>
      settle(() => (reply.ok ? resolve(reply.result) : reject(new Error(`tagging worker failed: ${reply.error}`)))),
    );
    worker.once('error', (e) => settle(() => reject(e)));
    worker.once('exit', (code) => settle(() => reject(new Error(`tagging worker exited with code ${code} before answering`))));
    worker.postMessage(piece);
  });
}

/** A worker running `url`; from TypeScript sources through tag-worker-boot.mjs, which registers
 *  the loader first (on Node 20 a worker does not inherit its parent's loader hooks). */
function startWorker(url: URL): Worker {
  return new Worker(url.pathname.endsWith('.ts') ? new URL('./tag-worker-boot.mjs', url) : url);
}
