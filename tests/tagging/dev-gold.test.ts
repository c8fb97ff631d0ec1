// The tagger on the development corpus (data/raw) against the hand-labelled gold
// (tests/gold/dev.jsonl): a floor under the level reached, so a rule change that costs
// accuracy fails here. Run `npm run eval -- --gold tests/gold/dev.jsonl` for the full report.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { runPipeline } from '../../scripts/pipeline/run-pipeline';
import { evaluate, parseGold, type Evaluation } from '../../scripts/tagging/evaluate';
import { readPipelineInput, ROOT } from '../../scripts/tagging/pipeline-input';

/** micro-F1 reached on tests/gold/dev.jsonl when this floor was set (0.947 then). */
const MICRO_F1_FLOOR = 0.94;
const PRECISION_FLOOR = 0.95;

let result: Evaluation;
beforeAll(async () => {
  const gold = parseGold(readFileSync(join(ROOT, 'tests', 'gold', 'dev.jsonl'), 'utf8'));
  expect(gold.problems).toEqual([]);
  const output = await runPipeline(await readPipelineInput());
  result = evaluate(output.dataset!, gold.units);
}, 60_000);

describe('the tagger on the development gold', () => {
  test(`keeps micro-F1 at or above ${MICRO_F1_FLOOR}`, () => {
    expect(result.overall.f1).toBeGreaterThanOrEqual(MICRO_F1_FLOOR);
  });

  test(`keeps precision at or above ${PRECISION_FLOOR}`, () => {
    expect(result.overall.precision).toBeGreaterThanOrEqual(PRECISION_FLOOR);
  });

  test('finds every issue the gold uses at least once', () => {
    const missed = [...result.byIssue].filter(([, s]) => s.tp === 0 && s.fn > 0).map(([i]) => i);
    expect(missed).toEqual([]);
  });
});
