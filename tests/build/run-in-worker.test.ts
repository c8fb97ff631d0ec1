// Jobs in worker threads: an answer, an error with its message, a worker started early, and
// agreement.csv made in a worker exactly as in this thread.
import { describe, expect, test } from 'vitest';
import { runPipeline } from '../../scripts/pipeline/run-pipeline';
import { readPipelineInput } from '../../scripts/tagging/pipeline-input';
import { agreementCsv, agreementSourceOf } from '../../scripts/exports/agreement-windows';
import { startAgreementWorker } from '../../scripts/exports/agreement-in-worker';
import { startWorker } from '../../scripts/threads/run-in-worker';

const ECHO = new URL('./echo-worker.ts', import.meta.url);

describe('startWorker', () => {
  test('answers with what the worker module computes', async () => {
    await expect(startWorker(ECHO, 'echo').run({ n: 21 })).resolves.toBe(42);
  });

  test('rejects with the error the worker threw, naming the worker', async () => {
    await expect(startWorker(ECHO, 'echo').run({ n: 7, fail: true })).rejects.toThrow(/echo worker failed: .*cannot take 7.*echo-worker\.ts:\d+/s);
  });

  test('a worker started before its job answers it once given', async () => {
    const worker = startWorker<{ n: number }, number>(ECHO, 'echo');
    await new Promise((r) => setTimeout(r, 50));
    await expect(worker.run({ n: 5 })).resolves.toBe(10);
  });

  test('a cancelled worker refuses its job instead of hanging', async () => {
    const worker = startWorker<{ n: number }, number>(ECHO, 'echo');
    worker.cancel();
    await expect(worker.run({ n: 1 })).rejects.toThrow(/cancelled/);
  });
});

describe('agreement.csv in a worker', () => {
  test('is byte for byte the one made in this thread', async () => {
    const { dataset } = await runPipeline(await readPipelineInput());
    const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
    const inThread = text(agreementCsv(agreementSourceOf(dataset!)));
    expect(inThread.split('\n').length).toBeGreaterThan(2);
    expect(text(await startAgreementWorker().csvOf(dataset!))).toBe(inThread);
  }, 120_000);
});
