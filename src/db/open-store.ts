// Opens IndexedDB, or falls back to memory with the reason (shown to the user as a banner).
import { CommonGroundDb } from './database';
import { dexieStore, memoryStore, type DatasetStore } from './dataset-store';

export interface OpenedStores {
  dataset: DatasetStore;
  db: CommonGroundDb | null;
}

export async function openStores(name?: string): Promise<OpenedStores> {
  if (typeof indexedDB === 'undefined') {
    return { dataset: memoryStore('IndexedDB is not available in this browser'), db: null };
  }
  const db = new CommonGroundDb(name);
  try {
    await db.open();
    return { dataset: dexieStore(db), db };
  } catch (e) {
    return { dataset: memoryStore(`IndexedDB could not be opened (${(e as Error).message})`), db: null };
  }
}
