// Opens IndexedDB, or falls back to memory with the reason (shown to the user as a banner).
// Dexie is loaded lazily inside the try: in some private windows merely touching
// `indexedDB` throws, and that must never leave a blank page.
import type { CommonGroundDb } from './database';
import { memoryStore, type DatasetStore } from './memory-store';
import { memoryNotesStore, type NotesStore } from './notes-store';

export interface OpenedStores {
  dataset: DatasetStore;
  notes: NotesStore;
  db: CommonGroundDb | null;
}

export async function openStores(name?: string): Promise<OpenedStores> {
  try {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available in this browser');
    const [{ CommonGroundDb }, { dexieStore }, { dexieNotesStore }] = await Promise.all([
      import('./database'),
      import('./dataset-store'),
      import('./notes-store'),
    ]);
    const db = new CommonGroundDb(name);
    await db.open();
    return { dataset: dexieStore(db), notes: dexieNotesStore(db), db };
  } catch (e) {
    return { dataset: memoryStore(`IndexedDB cannot be used here (${(e as Error).message})`), notes: memoryNotesStore(), db: null };
  }
}
