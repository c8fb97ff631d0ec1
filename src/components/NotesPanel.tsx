// The user's notes on one delegation, issue, statement or stance: read, add, delete.
import { useState } from 'react';
import type { NoteTarget } from '../shared/notes-schema';
import { newId, useNotes, useNotesMutations } from '../queries/notes-query';

export function NotesPanel({ target, label }: { target: NoteTarget; label: string }) {
  const { data: all = [] } = useNotes();
  const { putNote, removeNote } = useNotesMutations();
  const [text, setText] = useState('');
  const notes = all.filter((n) => n.target.kind === target.kind && n.target.id === target.id);
  const add = () => {
    const trimmed = text.trim();
    if (!trimmed) return;
    const now = new Date().toISOString();
    putNote.mutate({ id: newId('note'), target, text: trimmed, createdAt: now, updatedAt: now }, { onSuccess: () => setText('') });
  };
  const fieldId = `note-${target.kind}-${target.id}`.replace(/[^a-zA-Z0-9-]/g, '-');
  return (
    <section className="notes" aria-label={`Your notes on ${label}`} data-testid="notes-panel">
      <h3>Your notes ({notes.length})</h3>
      <ul>
        {notes.map((n) => (
          <li key={n.id} data-testid="note">
            <span className="note-text">{n.text}</span>{' '}
            <button type="button" className="link-button" onClick={() => removeNote.mutate(n.id)} aria-label={`Delete note: ${n.text}`}>
              Delete
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={fieldId}>Add a note on {label}</label>
      <textarea id={fieldId} value={text} onChange={(e) => setText(e.target.value)} rows={2} />
      <button type="button" onClick={add} disabled={!text.trim()}>
        Save note
      </button>
    </section>
  );
}
