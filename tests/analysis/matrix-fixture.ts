// A hand-written AgreementMatrix: give CA per pair ("AAA-BBB": 0.9), everything else follows.
import type { AgreementMatrix } from '../../src/analysis/agreement-matrix';
import type { PairAgreement } from '../../src/analysis/pair-agreement';
import { sessionWindow } from '../../src/analysis/session-window';
import { actorCode } from '../../src/shared/ids';

export function matrixOf(
  actors: string[],
  ca: Record<string, number | undefined>,
  options: { shared?: number; positionedOn?: Record<string, number>; window?: ReturnType<typeof sessionWindow> } = {},
): AgreementMatrix {
  const sorted = [...actors].sort();
  const pairs: PairAgreement[] = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length; j++) {
      const value = ca[`${sorted[i]}-${sorted[j]}`] ?? ca[`${sorted[j]}-${sorted[i]}`];
      pairs.push({
        a: actorCode(sorted[i]!),
        b: actorCode(sorted[j]!),
        shared: options.shared ?? 5,
        agreement: value === undefined ? undefined : 0.5,
        agreementInterval: undefined,
        expected: 0.5,
        chanceCorrected: value,
        chanceCorrectedInterval: undefined,
        insufficient: false,
        jointOnly: false,
      });
    }
  }
  return {
    window: options.window ?? sessionWindow(1, 1),
    actors: sorted.map(actorCode),
    positionedOn: sorted.map((a) => options.positionedOn?.[a] ?? 5),
    pairs,
  };
}
