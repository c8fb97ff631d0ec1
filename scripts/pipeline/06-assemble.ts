// Step 6: everything -> the dataset, sorted and hashed so equal inputs give equal bytes.
import { createHash } from 'node:crypto';
import { canonicalJsonMembers, objectText, type JsonMembers } from '../../src/shared/canonical-json';
import { DATASET_SCHEMA_VERSION, type Dataset, type DatasetBody } from '../../src/shared/dataset-schema';

/** The dataset with the text of dataset.json, which its content hash was computed from. */
export interface SealedDataset {
  readonly dataset: Dataset;
  /** canonicalJson(dataset) as members in key order (write them with objectText). */
  readonly members: JsonMembers;
}

export function assembleDataset(body: Omit<DatasetBody, 'schemaVersion' | 'latestEvidence'>): Dataset {
  return sealDataset(orderDataset(body)).dataset;
}

/** Every list in canonical order (the one the app's store restores), with the derived fields. */
export function orderDataset(body: Omit<DatasetBody, 'schemaVersion' | 'latestEvidence'>): DatasetBody {
  const dates = body.statements.map((s) => s.date).filter((d): d is string => d !== null);
  return {
    ...body,
    actors: [...body.actors].sort(by((a) => a.code)),
    documents: [...body.documents].sort(by((d) => d.id)),
    statements: [...body.statements].sort((a, b) => (a.document === b.document ? a.order - b.order : a.document < b.document ? -1 : 1)),
    stances: [...body.stances].sort(by((s) => s.id)),
    schemaVersion: DATASET_SCHEMA_VERSION,
    latestEvidence: dates.length ? dates.reduce((a, b) => (a > b ? a : b)) : null,
  };
}

/** The content hash (sha-256 of the body's canonical JSON) added to an ordered body. The body
 *  is serialised once: the same members make the hash and, with the hash, dataset.json. */
export function sealDataset(full: DatasetBody): SealedDataset {
  const members = canonicalJsonMembers(full as unknown as Record<string, unknown>);
  const hash = createHash('sha256');
  for (const piece of objectText(members)) hash.update(piece);
  const contentHash = hash.digest('hex');
  const at = members.findIndex(([key]) => key > 'contentHash');
  members.splice(at < 0 ? members.length : at, 0, ...canonicalJsonMembers({ contentHash }));
  return { dataset: { ...full, contentHash }, members };
}

function by<T>(key: (t: T) => string) {
  return (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
