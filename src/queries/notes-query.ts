// Notes and corrections: queryOptions, key factory and the mutation hooks that keep them fresh.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useStores } from '../app/stores-context';
import type { NotesStore } from '../db/notes-store';
import type { Correction, Note } from '../shared/notes-schema';

export const notesKeys = {
  all: ['user-notes'] as const,
  notes: () => [...notesKeys.all, 'notes'] as const,
  corrections: () => [...notesKeys.all, 'corrections'] as const,
};

export function notesQueryOptions(store: NotesStore) {
  return queryOptions({ queryKey: notesKeys.notes(), queryFn: () => store.notes(), networkMode: 'always', staleTime: Infinity });
}
export function correctionsQueryOptions(store: NotesStore) {
  return queryOptions({ queryKey: notesKeys.corrections(), queryFn: () => store.corrections(), networkMode: 'always', staleTime: Infinity });
}

export function useNotes() {
  return useQuery(notesQueryOptions(useStores().notes));
}
export function useCorrections() {
  return useQuery(correctionsQueryOptions(useStores().notes));
}

/** Mutations on the user's notes and corrections; each refreshes both lists. */
export function useNotesMutations() {
  const store = useStores().notes;
  const client = useQueryClient();
  const done = { onSuccess: () => client.invalidateQueries({ queryKey: notesKeys.all }), networkMode: 'always' as const };
  return {
    putNote: useMutation({ mutationFn: (n: Note) => store.putNote(n), ...done }),
    removeNote: useMutation({ mutationFn: (id: string) => store.removeNote(id), ...done }),
    putCorrection: useMutation({ mutationFn: (c: Correction) => store.putCorrection(c), ...done }),
    removeCorrection: useMutation({ mutationFn: (id: string) => store.removeCorrection(id), ...done }),
    importAll: useMutation({ mutationFn: (f: { notes: Note[]; corrections: Correction[] }) => store.importAll(f.notes, f.corrections), ...done }),
  };
}

/** A new id that sorts by creation time (notes are listed oldest first). */
export function newId(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
