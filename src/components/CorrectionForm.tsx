// Propose a correction to the tagger: remove or change a stance, or add a missing one to a
// statement. Kept with the user's notes; exported as overrides the build can apply.
import { useState } from 'react';
import type { Issue, Stance } from '../shared/dataset-schema';
import type { StatementMeta } from '../shared/client-dataset';
import { newId, useNotesMutations } from '../queries/notes-query';

type Action = 'remove' | 'change' | 'add';

export function CorrectionForm({ statement, issues, stance, onDone }: { statement: StatementMeta; issues: Issue[]; stance?: Stance; onDone?: () => void }) {
  const { putCorrection } = useNotesMutations();
  const [action, setAction] = useState<Action>(stance ? 'remove' : 'add');
  const [issueId, setIssueId] = useState<string>(stance?.issue ?? issues[0]?.id ?? '');
  const issue = issues.find((i) => i.id === issueId);
  const [position, setPosition] = useState<string>('');
  const [value, setValue] = useState('');
  const [actor, setActor] = useState<string>(stance?.actors[0] ?? statement.authors[0] ?? '');
  const [reason, setReason] = useState('');
  const needsPosition = action !== 'remove';
  const numeric = position === 'value';
  const valid = reason.trim() !== '' && actor !== '' && issue && (!needsPosition || (position !== '' && (!numeric || parseValue(value) !== null)));
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!valid || !issue) return;
    putCorrection.mutate(
      {
        id: newId('correction'),
        statement: statement.id,
        actor,
        issue: issue.id,
        action,
        position: needsPosition ? position : null,
        value: needsPosition && numeric ? parseValue(value) : null,
        stance: stance?.id ?? null,
        reason: reason.trim(),
        createdAt: new Date().toISOString(),
      },
      { onSuccess: () => onDone?.() },
    );
  };
  const base = `corr-${statement.id}-${stance?.id ?? 'new'}`.replace(/[^a-zA-Z0-9-]/g, '-');
  return (
    <form className="correction-form" onSubmit={submit} data-testid="correction-form">
      <fieldset>
        <legend>{stance ? 'Correct this stance' : 'Add a missing stance'}</legend>
        {stance && (
          <div role="radiogroup" aria-label="Correction">
            <label>
              <input type="radio" name={`${base}-action`} checked={action === 'remove'} onChange={() => setAction('remove')} /> Flag as wrong (remove)
            </label>{' '}
            <label>
              <input type="radio" name={`${base}-action`} checked={action === 'change'} onChange={() => setAction('change')} /> Change the position
            </label>
          </div>
        )}
        {!stance && (
          <span className="field">
            <label htmlFor={`${base}-issue`}>Issue</label>{' '}
            <select id={`${base}-issue`} value={issueId} onChange={(e) => setIssueId(e.target.value)}>
              {issues.map((i) => (
                <option key={i.id} value={i.id}>
                  {i.label}
                </option>
              ))}
            </select>
          </span>
        )}
        {statement.authors.length > 1 && (
          <span className="field">
            <label htmlFor={`${base}-actor`}>Delegation</label>{' '}
            <select id={`${base}-actor`} value={actor} onChange={(e) => setActor(e.target.value)}>
              {statement.authors.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </span>
        )}
        {needsPosition && issue && (
          <span className="field">
            <label htmlFor={`${base}-position`}>Position</label>{' '}
            <select id={`${base}-position`} value={position} onChange={(e) => setPosition(e.target.value)}>
              <option value="">choose…</option>
              {issue.positions
                .filter((p) => p.id !== stance?.position || p.id === 'value')
                .map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.label}
                  </option>
                ))}
            </select>
          </span>
        )}
        {needsPosition && numeric && (
          <span className="field">
            <label htmlFor={`${base}-value`}>Number (e.g. 3 or 2-3)</label>{' '}
            <input id={`${base}-value`} value={value} onChange={(e) => setValue(e.target.value)} inputMode="numeric" />
          </span>
        )}
        <label htmlFor={`${base}-reason`}>Reason</label>
        <textarea id={`${base}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} rows={2} required />
        <button type="submit" disabled={!valid}>
          Save correction
        </button>
      </fieldset>
    </form>
  );
}

/** "3" -> 3, "2-3" -> [2, 3]; anything else -> null. */
export function parseValue(text: string): number | [number, number] | null {
  const m = /^\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*$/.exec(text);
  if (!m) return null;
  const a = Number(m[1]);
  if (m[2] === undefined) return a;
  const b = Number(m[2]);
  return a <= b ? [a, b] : null;
}
