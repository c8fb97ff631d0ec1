// The pairwise agreement matrices written to agreement.csv: one per session in which the
// record has statements, each with positions as of the end of that session (carried forward).
import { agreementMatrix, type AgreementMatrix } from '../../src/analysis/agreement-matrix';
import { observationsFromDataset } from '../../src/analysis/observations';
import { sessionWindow } from '../../src/analysis/session-window';
import { positionsInWindow } from '../../src/analysis/window-positions';
import type { Dataset } from '../../src/shared/dataset-schema';

export function agreementMatrices(dataset: Dataset): AgreementMatrix[] {
  const observations = observationsFromDataset(dataset);
  const spoken = new Set(dataset.statements.map((s) => s.session).filter((s) => s !== null));
  const numbers = [...new Set(dataset.sessions.filter((s) => spoken.has(s.id)).map((s) => s.number))].sort((a, b) => a - b);
  return numbers.map((n) => agreementMatrix(positionsInWindow(observations, sessionWindow(n, n)), dataset.issues));
}
