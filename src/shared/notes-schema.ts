// The user's own notes and proposed corrections, as kept in IndexedDB and as exported to
// (and imported from) a JSON file. They belong to the user, not to the dataset: a dataset
// update never touches them.
import './zod-config';
import { z } from 'zod';

export const noteTargetSchema = z.object({
  kind: z.enum(['actor', 'issue', 'statement', 'stance']),
  id: z.string().min(1),
});
export type NoteTarget = z.infer<typeof noteTargetSchema>;

export const noteSchema = z.object({
  id: z.string().min(1),
  target: noteTargetSchema,
  text: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Note = z.infer<typeof noteSchema>;

export const correctionSchema = z.object({
  id: z.string().min(1),
  statement: z.string().min(1),
  actor: z.string().min(1),
  issue: z.string().min(1),
  action: z.enum(['add', 'remove', 'change']),
  position: z.string().nullable(), // the position to add or change to; null for remove
  value: z.union([z.number(), z.tuple([z.number(), z.number()])]).nullable(),
  stance: z.string().nullable(), // the stance corrected, for remove and change
  reason: z.string().min(1),
  createdAt: z.string(),
});
export type Correction = z.infer<typeof correctionSchema>;

export const NOTES_FILE_FORMAT = 'common-ground-notes';

export const notesFileSchema = z.object({
  format: z.literal(NOTES_FILE_FORMAT),
  version: z.literal(1),
  exportedAt: z.string(),
  notes: z.array(noteSchema),
  corrections: z.array(correctionSchema),
});
export type NotesFile = z.infer<typeof notesFileSchema>;
