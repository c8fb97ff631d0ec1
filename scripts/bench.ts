// npm run bench: one table (median of 5 runs, min, max) over the build pipeline, the
// analysis maths and the client in Chromium, written to bench-results/latest.md.
//   npm run bench -- [--scales 1,10,100] [--skip client]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { benchAnalysis } from './bench/analysis-bench';
import type { BenchRow } from './bench/bench-types';
import { benchClient } from './bench/client-bench';
import { benchIngest } from './bench/ingest-bench';
import { readAndSplitMs } from './bench/read-and-split';
import { routeSizes } from './bench/route-sizes';
import { benchTagging } from './bench/tagging-bench';
import { commandLineOptions } from './command-line';

const root = resolve(import.meta.dirname, '..');
const values = commandLineOptions(
  { scales: { type: 'string', default: '1,10,100' }, skip: { type: 'string', default: '' } },
  'usage: npm run bench -- [--scales 1,10,100] [--skip client]',
);
const scales = values.scales!.split(',').map(Number).filter((n) => n > 0);
const skip = new Set(values.skip!.split(',').filter(Boolean));
const rows: BenchRow[] = [];
const work = mkdtempSync(join(tmpdir(), 'cg-bench-'));
const say = (m: string) => process.stderr.write(`bench: ${m}\n`);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Generated corpus N times the seed (the real seed corpus at 1x). */
function corpus(scale: number): string {
  if (scale === 1) return join(root, 'data', 'raw');
  const dir = join(work, `corpus-${scale}x`);
  if (!existsSync(dir)) execFileSync(process.execPath, ['scripts/run.mjs', 'scripts/generate-corpus.ts', '--scale', String(scale), '--seed', '1', '--out', dir], { cwd: root, stdio: 'ignore' });
  return dir;
}

interface BuildStats {
  ms: number;
  /** Where the time went (build-data.ts --stats): start-up, steps 1-4, step 5, assembly, writing. */
  phases: Record<'start' | 'read' | 'process' | 'assemble' | 'outputs', number>;
  maxRssMb: number;
  inputBytes: number;
  statements: number;
}

/** One build as `npm run build:data` runs it. */
function buildOnce(input: string, out: string): BuildStats {
  const r = spawnSync(process.execPath, ['scripts/run.mjs', 'scripts/build-data.ts', '--input', input, '--out', out, '--quiet', '--stats'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26 });
  const line = r.stderr.split('\n').find((l) => l.startsWith('BUILD-STATS '));
  if (!line) throw new Error(`build of ${input} failed (exit status ${r.status}, signal ${r.signal}${r.error ? `, ${r.error.message}` : ''}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(line.slice('BUILD-STATS '.length));
}

const PHASE_NOTES = {
  start: 'Node and module start-up, listing the files',
  read: 'step 1: reading the documents',
  process: 'steps 2-5 in worker threads: turns, speakers, sentences, stances',
  assemble: 'step 6 and the schema check',
  outputs: 'CSV exports, agreement windows, dataset.json, written atomically',
} as const;

/** The benches of single parts, each with the group its rows go under by default. */
const PARTS: [group: string, bench: () => Promise<Partial<BenchRow>[]>][] = [
  ['ingest', benchIngest],
  ['tagging', benchTagging],
  ['analysis', benchAnalysis],
];

async function main() {
  say('building the app');
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
  const dataDirs: { label: string; dataDir: string }[] = [];
  for (const scale of scales) {
    say(`pipeline at ${scale}x`);
    const input = corpus(scale);
    const runs = Array.from({ length: 5 }, (_, i) => buildOnce(input, join(work, `data-${scale}x-${i}`)));
    const floors: number[] = [];
    for (let i = 0; i < 5; i++) floors.push(await readAndSplitMs(input));
    const mb = runs[0]!.inputBytes / 1e6;
    rows.push(
      { group: 'pipeline', name: `whole build at ${scale}x (${mb.toFixed(1)} MB, ${runs[0]!.statements} statements)`, unit: 'ms', runs: runs.map((r) => r.ms) },
      { group: 'pipeline', name: `throughput at ${scale}x`, unit: 'MB/s', runs: runs.map((r) => mb / (r.ms / 1000)) },
      { group: 'pipeline', name: `statements per second at ${scale}x`, unit: 'statements/s', runs: runs.map((r) => r.statements / (r.ms / 1000)) },
      { group: 'pipeline', name: `peak memory at ${scale}x`, unit: 'MB', runs: runs.map((r) => r.maxRssMb) },
      { group: 'pipeline', name: `read + split sentences (the floor) at ${scale}x`, unit: 'ms', runs: floors },
      // Run i of the build over run i of the floor (the median of ratios, not a ratio of medians).
      { group: 'pipeline', name: `whole build / floor at ${scale}x`, unit: 'ratio', runs: runs.map((r, i) => r.ms / floors[i]!) },
      ...(['start', 'read', 'process', 'assemble', 'outputs'] as const).map((phase) => ({
        group: 'pipeline',
        name: `${phase} phase at ${scale}x`,
        unit: 'ms',
        runs: runs.map((r) => r.phases[phase]),
        note: PHASE_NOTES[phase],
      })),
    );
    dataDirs.push({ label: `${scale}x`, dataDir: join(work, `data-${scale}x-0`) });
  }
  for (const [group, bench] of PARTS) {
    say(`${group} alone`);
    const found = await bench();
    rows.push(...found.map((r) => ({ group: r.group ?? group, name: r.name ?? '?', unit: r.unit ?? 'ms', runs: r.runs ?? [], note: r.note })));
  }
  if (!skip.has('client')) {
    say('client in Chromium');
    rows.push(...(await benchClient(join(root, 'dist'), dataDirs.filter((d) => d.label === '1x' || d.label === `${Math.max(...scales)}x`))));
  }
  for (const r of routeSizes(join(root, 'dist'))) rows.push({ group: 'bundle', name: `JavaScript of ${r.route}`, unit: 'kB gzip', runs: [r.kilobytes] });

  const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`;
  const table = [
    `Machine: ${machine}`,
    '',
    '| group | measure | median | min | max | unit |',
    '|---|---|---:|---:|---:|---|',
    ...rows.map((r) => `| ${r.group} | ${r.name}${r.note ? ` (${r.note})` : ''} | ${fmt(median(r.runs))} | ${fmt(Math.min(...r.runs))} | ${fmt(Math.max(...r.runs))} | ${r.unit} |`),
  ].join('\n');
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(join(root, 'bench-results', 'latest.md'), table + '\n');
  process.stdout.write(table + '\n\nwritten to bench-results/latest.md\n');
}

main()
  .catch((e: unknown) => {
    process.stderr.write(`bench failed: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  })
  .finally(() => rmSync(work, { recursive: true, force: true }));
