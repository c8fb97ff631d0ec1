// Steps 2-5 over worker threads give exactly the dataset of one thread, and the documents are
// cut into runs of about equal text.
import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../../src/shared/canonical-json';
import { workerProcessor } from '../../scripts/pipeline/process-in-workers';
import { runPipeline } from '../../scripts/pipeline/run-pipeline';
import { splitDocuments } from '../../scripts/pipeline/split-documents';
import type { ReadDocument } from '../../scripts/pipeline/types';
import { readPipelineInput } from '../../scripts/tagging/pipeline-input';

/** Documents with texts of the given lengths (nothing else is read by the split). */
const docs = (lengths: number[]) => lengths.map((n, i) => ({ id: `doc-${i}`, text: 'x'.repeat(n) }) as ReadDocument);

describe('splitDocuments', () => {
  test('keeps every document once, in order, in runs', () => {
    const all = docs([100, 50, 10, 300, 20, 20, 80, 5, 5, 200]);
    const shares = splitDocuments(all, 3);
    expect(shares.flat().map((d) => d.id)).toEqual(all.map((d) => d.id));
    expect(shares.length).toBeLessThanOrEqual(3);
  });

  test('gives shares of about equal text when documents allow it', () => {
    const shares = splitDocuments(docs(Array.from({ length: 40 }, () => 100)), 4);
    expect(shares.map((s) => s.reduce((a, d) => a + d.text.length, 0))).toEqual([1000, 1000, 1000, 1000]);
  });

  test('never makes more shares than documents, nor empty ones', () => {
    const shares = splitDocuments(docs([1000, 10]), 8);
    expect(shares.length).toBeLessThanOrEqual(2);
    for (const s of shares) expect(s.length).toBeGreaterThan(0);
    expect(splitDocuments([], 4)).toEqual([]);
  });
});

describe('workerProcessor', () => {
  test('builds the same dataset and report as one thread, with workers started early or ended unused', async () => {
    const input = await readPipelineInput();
    const one = await runPipeline(input);
    expect(one.dataset!.stances.length).toBeGreaterThan(0);
    const many = await runPipeline(input, { process: workerProcessor({ threads: 3, minText: 0 }) });
    expect(canonicalJson(many.dataset)).toBe(canonicalJson(one.dataset));
    expect(many.report).toEqual(one.report);
    expect(many.problems).toEqual(one.problems);
    const early = await runPipeline(input, { process: workerProcessor({ threads: 2, minText: 0, startEarly: true }) });
    expect(canonicalJson(early.dataset)).toBe(canonicalJson(one.dataset));
    const unused = await runPipeline(input, { process: workerProcessor({ threads: 2, startEarly: true, minText: Number.MAX_SAFE_INTEGER }) });
    expect(canonicalJson(unused.dataset)).toBe(canonicalJson(one.dataset));
  }, 180_000);
});
