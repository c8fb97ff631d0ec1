// The pairwise agreement matrices written to agreement.csv: one per session in which the
// record has statements, each with positions as of the end of that session (carried forward).
import { matrixPairs } from '../../src/analysis/agreement-matrix';
import { encodeWindow } from '../../src/analysis/encoded-window';
import { AGREEMENT_CSV_HEADER, agreementCsvRow } from '../../src/analysis/agreement-csv';
import { observationsFromDataset, type ObservationSource } from '../../src/analysis/observations';
import { sessionWindow, windowLabel } from '../../src/analysis/session-window';
import { positionsInWindow } from '../../src/analysis/window-positions';
import type { DatasetBody } from '../../src/shared/dataset-schema';
import { csvText } from './to-csv';

/** What the matrices are made from: only the fields observations read (small enough to
 *  hand to a worker thread). */
export type AgreementSource = ObservationSource;

export function agreementSourceOf(dataset: Pick<DatasetBody, 'issues' | 'sessions' | 'actors' | 'statements' | 'stances'>): AgreementSource {
  return {
    issues: dataset.issues,
    sessions: dataset.sessions,
    actors: dataset.actors.map(({ code, kind }) => ({ code, kind })),
    statements: dataset.statements.map(({ id, session, date, authors }) => ({ id, session, date, authors })),
    stances: dataset.stances.map(({ id, issue, statement, position, value, actors }) => ({ id, issue, statement, position, value, actors })),
  };
}

/** The sessions with statements, in order: one window each. */
function spokenSessions(source: AgreementSource): number[] {
  const spoken = new Set(source.statements.map((s) => s.session).filter((s) => s !== null));
  return [...new Set(source.sessions.filter((s) => spoken.has(s.id)).map((s) => s.number))].sort((a, b) => a - b);
}

/** agreement.csv as UTF-8, made pair by pair: no matrix (18 528 pairs a window at 193
 *  delegations) is held whole, and each piece of text is encoded as soon as it is made
 *  (a CSV text built up whole holds millions of small strings until it is written). */
export function agreementCsv(source: AgreementSource): Uint8Array {
  return Buffer.concat(Array.from(csvText(agreementRows(source)), (piece) => Buffer.from(piece)));
}

function* agreementRows(source: AgreementSource): Generator<string[]> {
  yield [...AGREEMENT_CSV_HEADER];
  const observations = observationsFromDataset(source);
  for (const n of spokenSessions(source)) {
    const window = sessionWindow(n, n);
    const label = windowLabel(window);
    for (const pair of matrixPairs(encodeWindow(positionsInWindow(observations, window), source.issues))) yield agreementCsvRow(label, pair);
  }
}
