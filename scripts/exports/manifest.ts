import type { Dataset, Manifest } from '../../src/shared/dataset-schema';

export function manifestOf(dataset: Dataset): Manifest {
  return {
    schemaVersion: dataset.schemaVersion,
    contentHash: dataset.contentHash,
    latestEvidence: dataset.latestEvidence,
    documents: dataset.documents.length,
    statements: dataset.statements.length,
    stances: dataset.stances.length,
  };
}
