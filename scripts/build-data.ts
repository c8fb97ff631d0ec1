// Entry point of the data build: the only file that touches argv and the disk.
//   npm run build:data -- [--input DIR] [--out DIR] [--data DIR] [--strict] [--quiet]
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { canonicalJson, objectText, type JsonMembers } from '../src/shared/canonical-json';
import { manifestOf } from './exports/manifest';
import { prepareAgreementWorker, startAgreementWorker, type AgreementWorker } from './exports/agreement-in-worker';
import { exportsOf, type FileContent } from './exports/exports';
import { MAX_FILE_BYTES } from './pipeline/01-read-documents';
import { workerProcessor } from './pipeline/process-in-workers';
import { runPipeline, type PipelineOutput } from './pipeline/run-pipeline';
import type { InputFile } from './pipeline/types';
import { formatReport } from './report/format-report';
import { commandLineOptions } from './command-line';

const root = resolve(import.meta.dirname, '..');
/** Input from which a build is large enough to start its worker threads before they are needed
 *  (their code loads meanwhile) and to make agreement.csv in one; below it, as for the seed
 *  corpus, starting a thread costs more than it saves. */
const LARGE_INPUT_BYTES = 2_000_000;

async function main(): Promise<number> {
  const values = commandLineOptions(
    {
      input: { type: 'string' },
      out: { type: 'string' },
      data: { type: 'string' },
      strict: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      stats: { type: 'boolean', default: false },
    },
    'usage: npm run build:data -- [--input DIR] [--out DIR] [--data DIR] [--strict] [--quiet] [--stats]',
  );
  const dataDir = resolve(values.data ?? join(root, 'data'));
  const input = resolve(values.input ?? join(dataDir, 'raw'));
  const out = resolve(values.out ?? join(root, 'public', 'data'));
  if (!existsSync(input)) {
    process.stderr.write(`error: input folder ${input} does not exist\n`);
    return 2;
  }
  const files = await listFiles(input);
  // sources.yaml beside the documents wins; the default corpus keeps it in data/.
  const sourcesPath = [join(input, 'sources.yaml'), join(dataDir, 'sources.yaml')].find(
    (p, i) => existsSync(p) && (i === 0 || input === join(dataDir, 'raw')),
  );
  const yamlInput = async (name: string) => ({ file: relative(process.cwd(), join(dataDir, name)) || name, text: await readFile(join(dataDir, name), 'utf8') });
  // Phase marks for --stats: when steps 2-5 start and end, when the pipeline returns.
  const marks: Record<string, number> = { listed: performance.now() };
  const inputBytes = files.reduce((t, f) => t + f.bytes.length, 0);
  const large = inputBytes >= LARGE_INPUT_BYTES;
  const processor = workerProcessor({ startEarly: large });
  if (large) prepareAgreementWorker();
  let agreementWorker: AgreementWorker | null = null;
  let agreementCsv: Promise<Uint8Array> | null = null;
  const output = await runPipeline({
    files,
    sources: sourcesPath ? { file: relative(process.cwd(), sourcesPath), text: await readFile(sourcesPath, 'utf8') } : null,
    sessions: await yamlInput('sessions.yaml'),
    actors: await yamlInput('actors.yaml'),
    codebook: await yamlInput('codebook.yaml'),
    overrides: existsSync(join(dataDir, 'overrides.yaml')) ? await yamlInput('overrides.yaml') : null,
  }, {
    process: async (job, registry) => {
      marks.read = performance.now();
      const result = await processor(job, registry);
      marks.processed = performance.now();
      // Started now, its code loads while the dataset is assembled (earlier, it would compete
      // with the threads of steps 2-5 for the cores).
      if (large) agreementWorker = startAgreementWorker();
      return result;
    },
    // The worker makes agreement.csv while this thread hashes, checks and writes the rest.
    contentReady: (body) => {
      agreementCsv = agreementWorker?.csvOf(body) ?? null;
      agreementCsv?.catch(() => {}); // awaited when written; a failure is reported there
    },
  });
  marks.assembled = performance.now();
  if (!values.quiet) process.stdout.write(formatReport(output, relative(process.cwd(), input) || '.'));
  if (!output.dataset) {
    process.stderr.write('error: no dataset written (see problems above)\n');
    return 1;
  }
  await writeOutputs(out, output, agreementCsv);
  marks.written = performance.now();
  if (!values.quiet) process.stdout.write(`wrote ${relative(process.cwd(), out) || out}/dataset.json (${output.dataset.contentHash.slice(0, 12)})\n`);
  if (values.stats) {
    // For the benchmark: wall time and peak memory of this whole build, as one JSON line.
    const span = (from: string, to: string) => Math.round(marks[to]! - marks[from]!);
    const phases = { start: Math.round(marks.listed!), read: span('listed', 'read'), process: span('read', 'processed'), assemble: span('processed', 'assembled'), outputs: span('assembled', 'written') };
    const stats = { ms: Math.round(performance.now()), phases, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), inputBytes, statements: output.dataset.statements.length };
    process.stderr.write(`BUILD-STATS ${JSON.stringify(stats)}\n`);
  }
  if (values.strict && output.problems.length > 0) {
    process.stderr.write(`error: --strict and ${output.problems.length} warning(s)\n`);
    return 1;
  }
  return 0;
}

/** Every file below `dir` except sources.yaml, with a path relative to `dir` using '/'.
 *  Files over the size limit are not read (the pipeline reports them by size), and a file
 *  that cannot be read is passed on with the reason, so one bad file never stops the build. */
async function listFiles(dir: string): Promise<InputFile[]> {
  const out: InputFile[] = [];
  const walk = async (d: string) => {
    for (const entry of (await readdir(d, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && entry.name !== 'sources.yaml' && !entry.name.startsWith('.')) {
        const path = relative(dir, full).split(sep).join('/');
        try {
          const { size } = await stat(full);
          out.push(size > MAX_FILE_BYTES ? { path, bytes: new Uint8Array(0), size } : { path, bytes: new Uint8Array(await readFile(full)) });
        } catch (e) {
          out.push({ path, bytes: new Uint8Array(0), unreadable: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
        }
      }
    }
  };
  await walk(dir);
  return out;
}

/** Writes all outputs into a fresh sibling folder, then renames file by file; the manifest
 *  (which the app polls) goes last, so a reader never sees a new manifest with old data. */
async function writeOutputs(out: string, output: PipelineOutput, agreementCsv: Promise<Uint8Array> | null): Promise<void> {
  const dataset = output.dataset!;
  const tmp = `${out}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  try {
    await mkdir(tmp, { recursive: true });
    await mkdir(out, { recursive: true });
    const files: [string, () => FileContent | Promise<FileContent>][] = [
      // Handed over, so that its 50 MB at 100x are freed once written.
      ['dataset.json', () => objectText(takeDatasetJson(output))],
      ...exportsOf(dataset, agreementCsv ? { agreementCsv: () => agreementCsv } : {}),
      ['manifest.json', () => canonicalJson(manifestOf(dataset), 2) + '\n'],
    ];
    // Everything is written before anything is renamed: a failed write leaves `out` as it was.
    // One content at a time, made just before it is written (the build's peak memory).
    for (const [name, content] of files) await writeFile(join(tmp, name), await content());
    for (const [name] of files) await rename(join(tmp, name), join(out, name));
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

function takeDatasetJson(output: PipelineOutput): JsonMembers {
  const members = output.datasetJson!;
  output.datasetJson = null;
  return members;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`error: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
