// A worker thread's side of tag-in-workers.ts: one piece of step 5, tagged with the same
// pure function the single-threaded build uses.
import { parentPort } from 'node:worker_threads';
import { createActorRegistry } from '../ingest/actor-registry';
import { tagStances, type TagJob, type TagResult } from '../pipeline/05-tag-stances';
import { compileRegexpsToMachineCode } from './native-regexps';

compileRegexpsToMachineCode();

parentPort!.on('message', (job: TagJob) => {
  let reply: { ok: true; result: TagResult } | { ok: false; error: string };
  try {
    reply = { ok: true, result: tagStances({ ...job, registry: createActorRegistry(job.actors) }) };
  } catch (e) {
    reply = { ok: false, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
