// Step 5 over worker threads gives exactly the stances of one thread, and the job is cut
// between documents into pieces of about equal text.
import { describe, expect, test } from 'vitest';
import type { DatasetDocument, Statement } from '../../src/shared/dataset-schema';
import { canonicalJson } from '../../src/shared/canonical-json';
import type { TagJob } from '../../scripts/pipeline/05-tag-stances';
import { runPipeline } from '../../scripts/pipeline/run-pipeline';
import { readPipelineInput } from '../../scripts/tagging/pipeline-input';
import { splitTagJob } from '../../scripts/tagging/split-tag-job';
import { workerTagger } from '../../scripts/tagging/tag-in-workers';

/** A job of documents with the given statement lengths (the tagger is not run on it). */
function job(lengths: number[][]): TagJob {
  const documents = lengths.map((_, d) => ({ id: `doc-${d}` }) as DatasetDocument);
  const statements = lengths.flatMap((ls, d) => ls.map((n, k) => ({ id: `doc-${d}#${k}`, document: `doc-${d}`, span: [0, n] }) as unknown as Statement));
  return { documents, statements, codebook: {} as TagJob['codebook'], actors: [] };
}

describe('splitTagJob', () => {
  test('keeps every statement once, in order, and never cuts a document', () => {
    const whole = job([[100, 50], [10], [300, 20, 20], [80], [5, 5, 5], [200]]);
    const pieces = splitTagJob(whole, 3);
    expect(pieces.flatMap((p) => p.statements.map((s) => s.id))).toEqual(whole.statements.map((s) => s.id));
    const owner = new Map<string, number>();
    pieces.forEach((p, i) => {
      for (const s of p.statements) {
        expect(owner.get(s.document) ?? i).toBe(i);
        owner.set(s.document, i);
      }
      expect(p.documents.map((d) => d.id)).toEqual([...new Set(p.statements.map((s) => s.document))]);
    });
  });

  test('gives pieces of about equal text when documents allow it', () => {
    const pieces = splitTagJob(job(Array.from({ length: 40 }, () => [100, 100])), 4);
    expect(pieces).toHaveLength(4);
    for (const p of pieces) expect(p.statements.reduce((a, s) => a + s.span[1], 0)).toBe(2000);
  });

  test('never makes more pieces than documents, nor empty ones', () => {
    const pieces = splitTagJob(job([[1000], [10]]), 8);
    expect(pieces.length).toBeLessThanOrEqual(2);
    for (const p of pieces) expect(p.statements.length).toBeGreaterThan(0);
    expect(splitTagJob(job([]), 4)).toEqual([]);
  });
});

describe('workerTagger', () => {
  test('builds the same dataset as tagging in one thread', async () => {
    const input = await readPipelineInput();
    const one = await runPipeline(input);
    const many = await runPipeline(input, { tag: workerTagger({ threads: 3, minText: 0 }) });
    expect(many.dataset!.stances.length).toBeGreaterThan(0);
    expect(canonicalJson(many.dataset)).toBe(canonicalJson(one.dataset));
    // Workers started before the job: the same, whether they are used or ended unused.
    const early = await runPipeline(input, { tag: workerTagger({ threads: 2, minText: 0, startEarly: true }) });
    expect(canonicalJson(early.dataset)).toBe(canonicalJson(one.dataset));
    const unused = await runPipeline(input, { tag: workerTagger({ threads: 2, startEarly: true, minText: Number.MAX_SAFE_INTEGER }) });
    expect(canonicalJson(unused.dataset)).toBe(canonicalJson(one.dataset));
  }, 120_000);
});
