// Step 6: everything -> the dataset, sorted and hashed so equal inputs give equal bytes.
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../src/shared/canonical-json';
import { DATASET_SCHEMA_VERSION, type Dataset, type DatasetBody } from '../../src/shared/dataset-schema';

export function assembleDataset(body: Omit<DatasetBody, 'schemaVersion' | 'latestEvidence'>): Dataset {
  const dates = body.statements.map((s) => s.date).filter((d): d is string => d !== null);
  const full: DatasetBody = {
    ...body,
    schemaVersion: DATASET_SCHEMA_VERSION,
    latestEvidence: dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null,
  };
  const contentHash = createHash('sha256').update(canonicalJson(full)).digest('hex');
  return { ...full, contentHash };
}
