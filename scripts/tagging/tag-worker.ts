// A worker thread's side of tag-in-workers.ts: one piece of step 5, tagged with the same
// pure function the single-threaded build uses.
import { createActorRegistry } from '../ingest/actor-registry';
import { tagStances, type TagJob, type TagResult } from '../pipeline/05-tag-stances';
import { answerJobs } from '../threads/answer-jobs';
import { compileRegexpsToMachineCode } from './native-regexps';

compileRegexpsToMachineCode();
answerJobs<TagJob, TagResult>((job) => tagStances({ ...job, registry: createActorRegistry(job.actors) }));
