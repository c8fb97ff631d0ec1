// The dataset kept in IndexedDB through Dexie: the meta row, the core record and the texts.
import type { ClientDataset, DocumentTexts } from '../shared/client-dataset';
import { CommonGroundDb, DATASET_TABLES, datasetParts, textsKey, type PartRow } from './database';
import type { DatasetStore } from './memory-store';

export function dexieStore(db: CommonGroundDb): DatasetStore {
  // The texts saved in this session, so a failed write still leaves them readable until reload.
  let saved: { hash: string; texts: DocumentTexts } | null = null;
  return {
    kind: 'indexeddb',
    reason: null,
    async storedHash() {
      return (await db.meta.get('dataset'))?.contentHash ?? null;
    },
    async load() {
      return db.transaction('r', DATASET_TABLES.map((t) => db.table(t)), async () => {
        const [meta, core] = await Promise.all([db.meta.get('dataset'), db.parts.get('core')]);
        if (!meta || core?.key !== 'core' || core.contentHash !== meta.contentHash) return null;
        return JSON.parse(core.json) as ClientDataset;
      });
    },
    async texts(contentHash) {
      if (saved?.hash === contentHash) return saved.texts;
      const row = await db.parts.get(textsKey(contentHash));
      return row && 'texts' in row ? row.texts : null;
    },
    async save(dataset, texts) {
      saved = { hash: dataset.contentHash, texts };
      const parts = datasetParts(dataset, texts);
      await db.transaction('rw', DATASET_TABLES.map((t) => db.table(t)), async () => {
        const previous = (await db.meta.get('dataset'))?.contentHash ?? null;
        const keep = new Set<string>([textsKey(dataset.contentHash), ...(previous ? [textsKey(previous)] : [])]);
        await db.meta.delete('dataset');
        const stale = (await db.parts.toCollection().primaryKeys()).filter((k) => !keep.has(k));
        await db.parts.bulkDelete(stale as PartRow['key'][]);
        await db.parts.bulkPut(parts);
        // The meta row goes last: a dataset without it is never read.
        await db.meta.put({
          key: 'dataset',
          contentHash: dataset.contentHash,
          schemaVersion: dataset.schemaVersion,
          codebookVersion: dataset.codebookVersion,
          latestEvidence: dataset.latestEvidence,
          storedAt: new Date().toISOString(),
        });
      });
    },
  };
}
