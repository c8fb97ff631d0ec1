// Benchmark of ingest (steps 1-4: read, split turns, resolve speakers, segment sentences)
// on a corpus 100 times data/raw: the real documents repeated under other names, with
// their sources.yaml entries, generated into a temporary folder. Tagging is not included
// (it has its own bench). Throughput in MB/s of input bytes, reading from disk included;
// peak memory as the process's maximum resident set size. 5 runs after one warm-up run.
// Run directly: npx tsx scripts/bench/ingest-bench.ts
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';
import { createActorRegistry } from '../ingest/actor-registry';
import { loadActors, loadSessions, loadSources } from '../ingest/load-metadata';
import { readDocuments } from '../pipeline/01-read-documents';
import { splitTurns } from '../pipeline/02-split-turns';
import { resolveSpeakers } from '../pipeline/03-resolve-speakers';
import { segmentSentences } from '../pipeline/04-segment-sentences';
import type { InputFile } from '../pipeline/types';
import type { BenchRow } from './bench-types';

const RUNS = 5;
const COPIES = 100;
const root = resolve(import.meta.dirname, '..', '..');

/** data/raw copied COPIES times as copy-NNN-<name>, with a sources.yaml for the copies. */
function makeCorpus(dir: string): void {
  const raw = join(root, 'data', 'raw');
  const sources = (parse(readFileSync(join(root, 'data', 'sources.yaml'), 'utf8')) ?? []) as { file: string }[];
  const names = readdirSync(raw).sort();
  const entries: unknown[] = [];
  for (let c = 0; c < COPIES; c++) {
    const prefix = `copy-${String(c).padStart(3, '0')}-`;
    for (const name of names) {
      writeFileSync(join(dir, prefix + name), readFileSync(join(raw, name)));
      const src = sources.find((s) => s.file === name);
      if (src) entries.push({ ...src, file: prefix + name });
    }
  }
  writeFileSync(join(dir, 'sources.yaml'), stringify(entries));
}

async function ingest(dir: string): Promise<{ bytes: number; statements: number }> {
  const files: InputFile[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name !== 'sources.yaml') files.push({ path: name, bytes: new Uint8Array(await readFile(join(dir, name))) });
  }
  const data = (name: string) => readFileSync(join(root, 'data', name), 'utf8');
  const registry = createActorRegistry(loadActors(data('actors.yaml'), 'actors.yaml').actors);
  const sessions = loadSessions(data('sessions.yaml'), 'sessions.yaml').sessions;
  const sources = loadSources(readFileSync(join(dir, 'sources.yaml'), 'utf8'), 'sources.yaml').sources;
  const { documents } = await readDocuments(files, sources);
  let statements = 0;
  for (const doc of documents) {
    const { split } = splitTurns(doc, registry);
    for (const s of resolveSpeakers(split, registry, sessions).statements) {
      segmentSentences(doc.text, s.span);
      statements++;
    }
  }
  return { bytes: files.reduce((t, f) => t + f.bytes.length, 0), statements };
}

export async function benchIngest(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-ingest-bench-'));
  try {
    makeCorpus(dir);
    await ingest(dir); // warm-up, not recorded
    const throughput: number[] = [];
    const cpuThroughput: number[] = [];
    const memory: number[] = [];
    let size = 0;
    let statements = 0;
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const run = await ingest(dir);
      const seconds = (performance.now() - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      cpuThroughput.push(run.bytes / 1e6 / ((cpu.user + cpu.system) / 1e6));
      size = run.bytes;
      statements = run.statements;
      throughput.push(run.bytes / 1e6 / seconds);
      memory.push(process.resourceUsage().maxRSS / 1024);
    }
    const label = `${COPIES}x data/raw, ${(size / 1e6).toFixed(1)} MB, ${statements} statements`;
    return [
      { group: 'ingest', name: `ingest throughput (${label})`, unit: 'MB/s', runs: throughput, note: 'steps 1-4, one core' },
      // On a shared machine the wall clock counts other processes' time too; CPU time does not.
      { group: 'ingest', name: `ingest throughput per CPU second (${label})`, unit: 'MB/s', runs: cpuThroughput, note: 'user + system time of this process' },
      { group: 'ingest', name: `ingest peak memory (${label})`, unit: 'MB', runs: memory, note: 'max RSS of the process' },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchIngest();
  console.log(`ingest bench, Node ${process.version}`);
  console.table(
    rows.map((r) => ({
      measure: r.name,
      unit: r.unit,
      median: Number([...r.runs].sort((a, b) => a - b)[r.runs.length >> 1]!.toFixed(1)),
      runs: r.runs.map((v) => v.toFixed(1)).join(' '),
    })),
  );
}
