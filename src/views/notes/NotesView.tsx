// All of the user's notes and proposed corrections, with export and import.
import { useState } from 'react';
import { Link } from 'wouter';
import { useCorrections, useNotes, useNotesMutations } from '../../queries/notes-query';
import { useDatasetIndex } from '../../queries/use-dataset';
import { downloadText } from '../../components/download';
import { parseNotesFile, toNotesFile } from './notes-file';
import { targetHref, targetLabel } from './note-targets';
import { overridesYaml } from './overrides-export';
import { useStores } from '../../app/stores-context';

export function NotesView() {
  const index = useDatasetIndex();
  const { data: notes = [] } = useNotes();
  const { data: corrections = [] } = useCorrections();
  const { importAll, removeCorrection } = useNotesMutations();
  const stores = useStores();
  const [message, setMessage] = useState<string | null>(null);

  const exportJson = () =>
    downloadText(`common-ground-notes-${new Date().toISOString().slice(0, 10)}.json`, JSON.stringify(toNotesFile(notes, corrections, new Date()), null, 2), 'application/json');
  const exportOverrides = async () => downloadText('overrides.yaml', await overridesYaml(corrections, index), 'application/yaml');
  const onImport = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseNotesFile(await file.text());
    if (!parsed.ok) {
      setMessage(`${file.name}: ${parsed.error}`);
      return;
    }
    importAll.mutate(parsed.file, {
      onSuccess: () => setMessage(`Imported ${parsed.file.notes.length} notes and ${parsed.file.corrections.length} corrections from ${file.name}.`),
    });
  };

  return (
    <section data-testid="notes-view">
      <h1>Your notes and corrections</h1>
      <p className="muted">
        Kept on this device{stores.notes.kind === 'memory' ? ' for this visit only (IndexedDB is unavailable)' : ''}; a data update never changes them.
      </p>
      <div className="toolbar">
        <button type="button" onClick={exportJson}>
          Export notes (JSON)
        </button>
        <label className="file-button">
          Import notes (JSON) <input type="file" accept="application/json,.json" onChange={(e) => onImport(e.target.files?.[0])} />
        </label>
        <button type="button" onClick={exportOverrides} disabled={corrections.length === 0}>
          Export corrections as overrides.yaml
        </button>
      </div>
      {message && (
        <p role="status" className="banner" data-testid="notes-message">
          {message}
        </p>
      )}
      <h2>Notes ({notes.length})</h2>
      <ul data-testid="all-notes">
        {notes.map((n) => (
          <li key={n.id}>
            <Link href={targetHref(n.target, index)}>{targetLabel(n.target, index)}</Link>: <span>{n.text}</span>
          </li>
        ))}
      </ul>
      <h2>Corrections ({corrections.length})</h2>
      <ul data-testid="all-corrections">
        {corrections.map((c) => (
          <li key={c.id}>
            {c.action} {c.issue}
            {c.position ? ` → ${c.position}` : ''}
            {c.value !== null ? ` (${Array.isArray(c.value) ? c.value.join('-') : c.value})` : ''} for {index.actor.get(c.actor)?.name ?? c.actor} in{' '}
            <Link href={targetHref({ kind: 'statement', id: c.statement }, index)}>{c.statement}</Link>: <em>{c.reason}</em>{' '}
            <button type="button" className="link-button" onClick={() => removeCorrection.mutate(c.id)}>
              Withdraw
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
