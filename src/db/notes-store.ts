// The user's notes and corrections: in IndexedDB when it works, in memory otherwise.
import type { Correction, Note } from '../shared/notes-schema';
import type { CommonGroundDb } from './database';

export interface NotesStore {
  kind: 'indexeddb' | 'memory';
  notes(): Promise<Note[]>;
  putNote(note: Note): Promise<void>;
  removeNote(id: string): Promise<void>;
  corrections(): Promise<Correction[]>;
  putCorrection(correction: Correction): Promise<void>;
  removeCorrection(id: string): Promise<void>;
  /** Adds or replaces by id, in one transaction. */
  importAll(notes: Note[], corrections: Correction[]): Promise<void>;
}

export function dexieNotesStore(db: CommonGroundDb): NotesStore {
  return {
    kind: 'indexeddb',
    notes: () => db.notes.orderBy('id').toArray(),
    putNote: async (n) => void (await db.notes.put(n)),
    removeNote: (id) => db.notes.delete(id),
    corrections: () => db.corrections.orderBy('id').toArray(),
    putCorrection: async (c) => void (await db.corrections.put(c)),
    removeCorrection: (id) => db.corrections.delete(id),
    importAll: (notes, corrections) =>
      db.transaction('rw', db.notes, db.corrections, async () => {
        await db.notes.bulkPut(notes);
        await db.corrections.bulkPut(corrections);
      }),
  };
}

export function memoryNotesStore(): NotesStore {
  const notes = new Map<string, Note>();
  const corrections = new Map<string, Correction>();
  const sorted = <T extends { id: string }>(m: Map<string, T>) => [...m.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    kind: 'memory',
    notes: async () => sorted(notes),
    putNote: async (n) => void notes.set(n.id, n),
    removeNote: async (id) => void notes.delete(id),
    corrections: async () => sorted(corrections),
    putCorrection: async (c) => void corrections.set(c.id, c),
    removeCorrection: async (id) => void corrections.delete(id),
    importAll: async (ns, cs) => {
      for (const n of ns) notes.set(n.id, n);
      for (const c of cs) corrections.set(c.id, c);
    },
  };
}
