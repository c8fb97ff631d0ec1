// The dataset kept in IndexedDB through Dexie.
import type { Dataset } from '../shared/dataset-schema';
import { CommonGroundDb, DATASET_TABLES } from './database';

import type { DatasetStore } from './memory-store';

export function dexieStore(db: CommonGroundDb): DatasetStore {
  return {
    kind: 'indexeddb',
    reason: null,
    async storedHash() {
      return (await db.meta.get('dataset'))?.contentHash ?? null;
    },
    async load() {
      const meta = await db.meta.get('dataset');
      if (!meta) return null;
      const [sessions, actors, issues, documents, statements, stances, warnings] = await Promise.all([
        db.sessions.toArray(),
        db.actors.toArray(),
        db.issues.orderBy('order').toArray(),
        db.documents.toArray(),
        db.statements.toArray(),
        db.stances.toArray(),
        db.warnings.orderBy('id').toArray(),
      ]);
      return {
        schemaVersion: meta.schemaVersion as Dataset['schemaVersion'],
        contentHash: meta.contentHash,
        codebookVersion: meta.codebookVersion,
        latestEvidence: meta.latestEvidence,
        sessions: sessions.sort((a, b) => a.start.localeCompare(b.start) || a.number - b.number),
        actors: actors.sort(byKey((a) => a.code)),
        issues: issues.map(({ order: _order, ...issue }) => issue),
        documents: documents.sort(byKey((d) => d.id)),
        statements: statements.sort((a, b) => (a.document === b.document ? a.order - b.order : a.document < b.document ? -1 : 1)),
        stances: stances.sort(byKey((s) => s.id)),
        warnings: warnings.map(({ id: _id, ...w }) => w),
      };
    },
    async save(dataset) {
      await db.transaction('rw', DATASET_TABLES.map((t) => db.table(t)), async () => {
        await Promise.all(DATASET_TABLES.map((t) => db.table(t).clear()));
        await db.sessions.bulkPut(dataset.sessions);
        await db.actors.bulkPut(dataset.actors);
        await db.issues.bulkPut(dataset.issues.map((issue, order) => ({ ...issue, order })));
        await db.documents.bulkPut(dataset.documents);
        await db.statements.bulkPut(dataset.statements);
        await db.stances.bulkPut(dataset.stances);
        await db.warnings.bulkPut(dataset.warnings.map((w, id) => ({ ...w, id })));
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

function byKey<T>(key: (t: T) => string) {
  return (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
}
