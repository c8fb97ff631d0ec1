// Step 6: everything -> the dataset, sorted and hashed so equal inputs give equal bytes.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../src/shared/canonical-json';
import { DATASET_SCHEMA_VERSION, type Dataset, type DatasetBody } from '../../src/shared/dataset-schema';

export function assembleDataset(body: Omit<DatasetBody, 'schemaVersion' | 'latestEvidence'>): Dataset {
  const dates = body.statements.map((s) => s.date).filter((d): d is string => d !== null);
  // Canonical order of every list, the same one the app's store restores.
  const full: DatasetBody = {
    ...body,
    actors: [...body.actors].sort(by((a) => a.code)),
    documents: [...body.documents].sort(by((d) => d.id)),
    statements: [...body.statements].sort((a, b) => (a.document === b.document ? a.order - b.order : a.document < b.document ? -1 : 1)),
    stances: [...body.stances].sort(by((s) => s.id)),
    schemaVersion: DATASET_SCHEMA_VERSION,
    latestEvidence: dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null,
  };
  const contentHash = createHash('sha256').update(canonicalJson(full)).digest('hex');
  return { ...full, contentHash };
}

function by<T>(key: (t: T) => string) {
  return (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
