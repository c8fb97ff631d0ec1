// Entry point of the evaluation: runs the pipeline on a folder and scores its tags against gold.
//   npm run eval -- --gold FILE [--input DIR]
// DIR defaults to data/raw (with data/sources.yaml); another DIR uses DIR/sources.yaml if present.
import { readFile } from 'node:fs/promises';
import { runPipeline } from './pipeline/run-pipeline';
import { evaluate, formatEvaluation, parseGold } from './tagging/evaluate';
import { readPipelineInput } from './tagging/pipeline-input';
import { commandLineOptions } from './command-line';

const USAGE = 'usage: npm run eval -- --gold FILE [--input DIR]';

async function main(): Promise<number> {
  const values = commandLineOptions({ gold: { type: 'string' }, input: { type: 'string' } }, USAGE);
  if (!values.gold) {
    process.stderr.write(`error: --gold is required\n${USAGE}\n`);
    return 2;
  }
  const gold = parseGold(await readFile(values.gold, 'utf8'));
  for (const p of gold.problems) process.stderr.write(`${values.gold}: ${p}\n`);
  const output = await runPipeline(await readPipelineInput(values.input));
  if (!output.dataset) {
    for (const p of output.problems) process.stderr.write(`${p.file}:${p.line}: ${p.message}\n`);
    process.stderr.write('error: the pipeline produced no dataset\n');
    return 1;
  }
  const files = new Set(output.dataset.documents.map((d) => d.file));
  const absent = [...new Set(gold.units.map((u) => u.doc))].filter((d) => !files.has(d));
  // Still counted as misses: a gold document the pipeline did not read is a failure to report.
  for (const d of absent) process.stderr.write(`warning: gold document ${d} is not in the input (its units count as false negatives)\n`);
  process.stdout.write(formatEvaluation(evaluate(output.dataset, gold.units)));
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`error: ${(e as Error).stack ?? String(e)}\n`);
    process.exit(1);
  },
);
