// The pairwise agreement matrices written to agreement.csv: one per session in which the
// record has statements, each with positions as of the end of that session (carried forward).
import { agreementMatrix, type AgreementMatrix } from '../../src/analysis/agreement-matrix';
import { agreementCsvRows } from '../../src/analysis/agreement-csv';
import { observationsFromDataset, type ObservationSource } from '../../src/analysis/observations';
import { sessionWindow } from '../../src/analysis/session-window';
import { positionsInWindow } from '../../src/analysis/window-positions';
import type { Dataset } from '../../src/shared/dataset-schema';
import { toCsv } from './to-csv';

/** What the matrices are made from: only the fields observations read (small enough to
 *  hand to a worker thread). */
export type AgreementSource = ObservationSource;

export function agreementSourceOf(dataset: Dataset): AgreementSource {
  return {
    issues: dataset.issues,
    sessions: dataset.sessions,
    actors: dataset.actors.map(({ code, kind }) => ({ code, kind })),
    statements: dataset.statements.map(({ id, session, date, authors }) => ({ id, session, date, authors })),
    stances: dataset.stances.map(({ id, issue, statement, position, value, actors }) => ({ id, issue, statement, position, value, actors })),
  };
}

export function agreementMatrices(source: AgreementSource): AgreementMatrix[] {
  const observations = observationsFromDataset(source);
  const spoken = new Set(source.statements.map((s) => s.session).filter((s) => s !== null));
  const numbers = [...new Set(source.sessions.filter((s) => spoken.has(s.id)).map((s) => s.number))].sort((a, b) => a - b);
  return numbers.map((n) => agreementMatrix(positionsInWindow(observations, sessionWindow(n, n)), source.issues));
}

export function agreementCsv(source: AgreementSource): string {
  return toCsv(agreementCsvRows(agreementMatrices(source)));
}
