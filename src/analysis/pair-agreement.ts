// Agreement between two delegations in one window, over the issues both hold a position
// on. See pair-kernel.ts for the numeric policy (A with a Wilson interval, E from the
// room's distribution of positions, CA = (A - E) / (1 - E) with a bootstrap interval).
import type { Issue } from '../shared/dataset-schema';
import type { ActorCode } from '../shared/ids';
import { encodeWindow } from './encoded-window';
import { pairKernel, type BootstrapOptions, type PairAgreement } from './pair-kernel';
import { DEFAULT_RESAMPLES, DEFAULT_SEED } from './resample-plan';
import type { WindowPositions } from './window-positions';

export type { PairAgreement, BootstrapOptions } from './pair-kernel';

/**
 * PairAgreement of `a` and `b` (in the order given); every value is undefined when they
 * share no issue, including when either holds no position at all in the window.
 * E uses every delegation positioned in the window, so it matches agreementMatrix.
 */
export function pairAgreement(
  positions: WindowPositions,
  issues: readonly Issue[],
  a: ActorCode,
  b: ActorCode,
  options: BootstrapOptions = {},
): PairAgreement {
  const enc = encodeWindow(positions, issues);
  const i = enc.actors.indexOf(a);
  const j = enc.actors.indexOf(b);
  if (i < 0 || j < 0 || a === b) {
    return {
      a, b, shared: 0, agreement: undefined, agreementInterval: undefined, expected: undefined,
      chanceCorrected: undefined, chanceCorrectedInterval: undefined, insufficient: true, jointOnly: false,
    };
  }
  const kernel = pairKernel(enc, { resamples: options.resamples ?? DEFAULT_RESAMPLES, seed: options.seed ?? DEFAULT_SEED });
  return { ...kernel(i, j), a, b };
}
