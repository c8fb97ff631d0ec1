// Where the app keeps the dataset: the interface, and the memory fallback used when
// IndexedDB is unavailable (some private windows).
import type { Dataset } from '../shared/dataset-schema';

export interface DatasetStore {
  kind: 'indexeddb' | 'memory';
  /** Why the store fell back to memory, when it did. */
  reason: string | null;
  load(): Promise<Dataset | null>;
  /** Replaces the stored dataset in one transaction: all or nothing. */
  save(dataset: Dataset): Promise<void>;
  storedHash(): Promise<string | null>;
}

export function memoryStore(reason: string): DatasetStore {
  let current: Dataset | null = null;
  return {
    kind: 'memory',
    reason,
    async storedHash() {
      return current?.contentHash ?? null;
    },
    async load() {
      return current;
    },
    async save(dataset) {
      current = dataset;
    },
  };
}
