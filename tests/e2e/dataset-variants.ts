// Variants of the built dataset for browser tests: a newer version, a hostile one.
import { readFileSync } from 'node:fs';
import { assembleDataset } from '../../scripts/pipeline/06-assemble';
import { manifestOf } from '../../scripts/exports/manifest';
import { canonicalJson } from '../../src/shared/canonical-json';
import type { Dataset } from '../../src/shared/dataset-schema';

export function builtDataset(): Dataset {
  return JSON.parse(readFileSync('dist/data/dataset.json', 'utf8')) as Dataset;
}

/** The dataset after `change`, re-hashed as the build would, with its manifest. */
export function variant(change: (d: Dataset) => void): { dataset: string; manifest: string; value: Dataset } {
  const d = structuredClone(builtDataset());
  change(d);
  const { contentHash: _h, schemaVersion: _v, latestEvidence: _l, ...body } = d;
  const value = assembleDataset(body);
  return { dataset: canonicalJson(value), manifest: canonicalJson(manifestOf(value)), value };
}
