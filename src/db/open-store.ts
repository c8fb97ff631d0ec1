// Opens IndexedDB, or falls back to memory with the reason (shown to the user as a banner).
// Dexie is loaded lazily inside the try: in some private windows merely touching
// `indexedDB` throws, and that must never leave a blank page.
import type { CommonGroundDb } from './database';
import { memoryStore, type DatasetStore } from './memory-store';

export interface OpenedStores {
  dataset: DatasetStore;
  db: CommonGroundDb | null;
}

export async function openStores(name?: string): Promise<OpenedStores> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this browser');
    const [{ CommonGroundDb }, { dexieStore }] = await Promise.all([import('./database'), import('./dataset-store')]);
    const db = new CommonGroundDb(name);
    await db.open();
    return { dataset: dexieStore(db), db };
  } catch (e) {
    return { dataset: memoryStore(`IndexedDB cannot be used here (${(e as Error).message})`), db: null };
  }
}
