// Tagging bench, on data/raw repeated 100 times, 5 runs each:
//   - tagging throughput: step 5 alone over the statements the pipeline found (sentences/s, MB/s
//     of statement text);
//   - the floor: reading the documents and splitting their whole text into sentences;
//   - the whole pipeline (steps 2-5 in worker threads, as the build does), and its ratio to the floor (how close the build runs to reading speed).
// Runs inside `npm run bench`, or alone: npx tsx scripts/bench/tagging-bench.ts
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';
import { createActorRegistry } from '../ingest/actor-registry';
import { loadActors } from '../ingest/load-metadata';
import { tagStances } from '../pipeline/05-tag-stances';
import { runPipeline, type PipelineInput } from '../pipeline/run-pipeline';
import { loadCodebook } from '../tagging/load-codebook';
import { readPipelineInput } from '../tagging/pipeline-input';
import { workerProcessor } from '../pipeline/process-in-workers';
import type { BenchRow } from './bench-types';
import { readAndSplitMs } from './read-and-split';

const COPIES = 100;
const RUNS = 5;

/** The seed corpus `copies` times, each copy in its own folder with its sources.yaml entries. */
function repeated(seed: PipelineInput, copies: number): PipelineInput {
  const files = Array.from({ length: copies }, (_, i) => seed.files.map((f) => ({ ...f, path: `copy-${String(i).padStart(3, '0')}/${f.path}` }))).flat();
  const entries = (seed.sources ? (parse(seed.sources.text) as { file: string }[]) : []) ?? [];
  const sources = Array.from({ length: copies }, (_, i) => entries.map((e) => ({ ...e, file: `copy-${String(i).padStart(3, '0')}/${e.file}` }))).flat();
  return { ...seed, files, sources: seed.sources ? { file: seed.sources.file, text: stringify(sources) } : null };
}

async function time<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

export async function benchTagging(): Promise<BenchRow[]> {
  const input = repeated(await readPipelineInput(), COPIES);
  const codebook = loadCodebook(input.codebook.text, input.codebook.file).codebook!;
  const registry = createActorRegistry(loadActors(input.actors.text, input.actors.file).actors);

  const floor: number[] = [];
  const whole: number[] = [];
  const tagMs: number[] = [];
  let sentences = 0;
  let megabytes = 0;
  const inputMb = input.files.reduce((a, f) => a + f.bytes.length, 0) / 1e6;
  for (let run = 0; run < RUNS; run++) {
    floor.push(await readAndSplitMs(input));

    const built = await time(() => runPipeline(input, { process: workerProcessor() }));
    whole.push(built.ms);
    const dataset = built.value.dataset!;

    const tagged = await time(() => tagStances({ documents: dataset.documents, statements: dataset.statements, codebook, registry }));
    tagMs.push(tagged.ms);
    sentences = dataset.statements.reduce((a, s) => a + s.sentences.length, 0);
    const texts = new Map(dataset.documents.map((d) => [d.id, d.text]));
    megabytes = dataset.statements.reduce((a, s) => a + Buffer.byteLength(texts.get(s.document)!.slice(s.span[0], s.span[1])), 0) / 1e6;
  }
  const size = `${COPIES}x data/raw, ${inputMb.toFixed(1)} MB`;
  return [
    { group: 'tagging', name: `tagging (step 5) at ${size}`, unit: 'ms', runs: tagMs },
    { group: 'tagging', name: `tagging throughput at ${COPIES}x`, unit: 'sentences/s', runs: tagMs.map((ms) => sentences / (ms / 1000)), note: `${sentences} sentences` },
    { group: 'tagging', name: `tagging throughput at ${COPIES}x`, unit: 'MB/s', runs: tagMs.map((ms) => megabytes / (ms / 1000)), note: `${megabytes.toFixed(1)} MB of statement text` },
    { group: 'tagging', name: `read + split sentences (the floor) at ${COPIES}x`, unit: 'ms', runs: floor },
    { group: 'tagging', name: `whole pipeline at ${COPIES}x`, unit: 'ms', runs: whole },
    { group: 'tagging', name: `whole pipeline / floor at ${COPIES}x`, unit: 'ratio', runs: whole.map((w, i) => w / floor[i]!) },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  benchTagging().then(
    (rows) => {
      for (const r of rows) process.stdout.write(`${r.name}${r.note ? ` (${r.note})` : ''}: median ${median(r.runs).toFixed(2)} ${r.unit} [${r.runs.map((x) => x.toFixed(1)).join(', ')}]\n`);
    },
    (e: unknown) => {
      process.stderr.write(`tagging bench failed: ${(e as Error).stack ?? String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
