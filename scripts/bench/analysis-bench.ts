// Benchmark of the convergence analytics on the large case (193 delegations x 14 issues x
// 12 sessions, synthetic, seed 1): for one window, the positions, the full pairwise matrix
// with Wilson and bootstrap intervals (200 resamples) and the blocs (UPGMA + a cut); and
// separately the 2-D map. Timed for the late window S9-S11 (nearly every delegation
// positioned on every issue, the default view) and the early window S0-S2 (sparser, more
// distinct issue sets: the slower case). Milliseconds per run, 5 runs after one unrecorded
// warm-up run (the first run pays for JIT compilation).
// Run directly: npx tsx scripts/bench/analysis-bench.ts
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { agreementMatrix } from '../../src/analysis/agreement-matrix';
import { clusterBlocs, cutBlocs } from '../../src/analysis/blocs';
import { classicalMds } from '../../src/analysis/mds';
import { observationsFromDataset } from '../../src/analysis/observations';
import { sessionWindow, windowLabel, type SessionWindow } from '../../src/analysis/session-window';
import { LARGE_CASE, syntheticDataset } from '../../src/analysis/synthetic';
import { positionsInWindow } from '../../src/analysis/window-positions';

const RUNS = 5;

export async function benchAnalysis(): Promise<Array<{ name: string; runs: number[] }>> {
  const { dataset } = syntheticDataset({ ...LARGE_CASE, seed: 1 });
  const observations = observationsFromDataset(dataset);
  const issues = dataset.issues;
  const late = sessionWindow(LARGE_CASE.sessions - 3, LARGE_CASE.sessions - 1);
  const early = sessionWindow(0, 2);

  const matrixAndBlocs = (window: SessionWindow) => {
    const matrix = agreementMatrix(positionsInWindow(observations, window), issues);
    cutBlocs(clusterBlocs(matrix), { k: 2 });
    return matrix;
  };
  const lateMatrix = matrixAndBlocs(late);
  const steps: Array<{ name: string; run: () => unknown }> = [
    { name: `positions + matrix + intervals + blocs, ${windowLabel(late)}`, run: () => matrixAndBlocs(late) },
    { name: `positions + matrix + intervals + blocs, ${windowLabel(early)}`, run: () => matrixAndBlocs(early) },
    { name: `MDS map, ${windowLabel(late)}`, run: () => classicalMds(lateMatrix) },
  ];
  const results: Array<{ name: string; runs: number[] }> = [];
  for (const step of steps) {
    step.run(); // warm-up, not recorded
    const runs: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const t0 = performance.now();
      step.run();
      runs.push(performance.now() - t0);
    }
    results.push({ name: step.name, runs });
  }
  return results;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await benchAnalysis();
  console.log(`analysis bench: ${LARGE_CASE.delegations} delegations x ${LARGE_CASE.issues} issues x ${LARGE_CASE.sessions} sessions, Node ${process.version}`);
  console.table(
    results.map((r) => ({
      step: r.name,
      'median ms': Number(median(r.runs).toFixed(1)),
      'min ms': Number(Math.min(...r.runs).toFixed(1)),
      'runs ms': r.runs.map((v) => v.toFixed(1)).join(' '),
    })),
  );
}
