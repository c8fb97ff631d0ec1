// Where the app keeps the dataset: the interface, and the memory fallback used when
// IndexedDB is unavailable (some private windows).
import { splitDataset, type ClientDataset, type DocumentTexts } from '../shared/client-dataset';
import type { Dataset } from '../shared/dataset-schema';

export interface DatasetStore {
  kind: 'indexeddb' | 'memory';
  /** Why the store fell back to memory, when it did. */
  reason: string | null;
  /** The stored dataset, without its document texts. */
  load(): Promise<ClientDataset | null>;
  /** The document texts of the dataset with this content hash (the stored one or the one before), or null. */
  texts(contentHash: string): Promise<DocumentTexts | null>;
  /** Replaces the stored dataset in one transaction: all or nothing. */
  save(dataset: ClientDataset, texts: DocumentTexts): Promise<void>;
  storedHash(): Promise<string | null>;
}

/** Saves a whole dataset (as dataset.json holds it) into `store`: for tests and tools. */
export function saveWhole(store: DatasetStore, dataset: Dataset): Promise<void> {
  const split = splitDataset(dataset);
  return store.save(split.dataset, split.texts);
}

export function memoryStore(reason: string): DatasetStore {
  let current: ClientDataset | null = null;
  const texts = new Map<string, DocumentTexts>(); // the current dataset's and the one before
  return {
    kind: 'memory',
    reason,
    async storedHash() {
      return current?.contentHash ?? null;
    },
    async load() {
      return current;
    },
    async texts(contentHash) {
      return texts.get(contentHash) ?? null;
    },
    async save(dataset, documentTexts) {
      for (const hash of [...texts.keys()]) if (hash !== current?.contentHash) texts.delete(hash);
      texts.set(dataset.contentHash, documentTexts);
      current = dataset;
    },
  };
}
