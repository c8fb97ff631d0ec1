// The notes file: what the user exports and imports (pure, validated with the shared schema).
import { NOTES_FILE_FORMAT, notesFileSchema, type Correction, type Note, type NotesFile } from '../../shared/notes-schema';

export function toNotesFile(notes: Note[], corrections: Correction[], now: Date): NotesFile {
  return { format: NOTES_FILE_FORMAT, version: 1, exportedAt: now.toISOString(), notes, corrections };
}

/** Parses an imported file; the error says what is wrong and where. */
export function parseNotesFile(text: string): { ok: true; file: NotesFile } | { ok: false; error: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `not a JSON file (${(e as Error).message})` };
  }
  const parsed = notesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `not a Common Ground notes file: ${issue?.path.join('.') || 'top level'}: ${issue?.message ?? 'invalid'}` };
  }
  return { ok: true, file: parsed.data };
}
