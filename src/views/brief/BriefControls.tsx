// What the brief covers: issues (checkboxes), the period (from/to sessions) and the
// delegations (regional group, EU, named group). Every change goes to the URL.
import type { ChangeEvent } from 'react';
import { groupChoices, REGIONS } from '../../brief/delegation-filter';
import type { ClientDataset } from '../../shared/client-dataset';
import { issuesParam, type BriefChoice } from './brief-params';

type Update = (changes: Record<string, string | null>, options?: { replace?: boolean }) => void;

export function BriefControls({ dataset, choice, update }: { dataset: ClientDataset; choice: BriefChoice; update: Update }) {
  const all = dataset.issues.map((i) => i.id as string);
  const sessions = [...dataset.sessions].sort((a, b) => a.number - b.number);
  const groups = groupChoices(dataset);
  const toggle = (id: string) => (e: ChangeEvent<HTMLInputElement>) => {
    const next = e.target.checked ? [...choice.issues, id] : choice.issues.filter((x) => x !== id);
    update({ issues: issuesParam(next, all) });
  };
  return (
    <form className="brief-controls" aria-label="What the brief covers" data-testid="brief-controls" onSubmit={(e) => e.preventDefault()}>
      <fieldset className="brief-issues">
        <legend>
          Issues ({choice.issues.length} of {all.length})
        </legend>
        <div className="brief-issue-list">
          {dataset.issues.map((issue) => (
            <label key={issue.id} title={issue.question}>
              <input type="checkbox" name="issue" value={issue.id} checked={choice.issues.includes(issue.id)} onChange={toggle(issue.id)} /> {issue.label}
            </label>
          ))}
        </div>
        <div className="toolbar">
          <button type="button" onClick={() => update({ issues: null })}>
            All issues
          </button>
          <button type="button" onClick={() => update({ issues: issuesParam([], all) })}>
            None
          </button>
        </div>
      </fieldset>
      <fieldset>
        <legend>Period</legend>
        <label>
          From{' '}
          <select value={choice.window.from} onChange={(e) => update({ from: e.target.value })} data-testid="brief-from">
            {sessions.map((s) => (
              <option key={s.id} value={s.number} disabled={s.number > choice.window.to}>
                {s.label} ({s.start.slice(0, 4)})
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          to{' '}
          <select value={choice.window.to} onChange={(e) => update({ to: e.target.value })} data-testid="brief-to">
            {sessions.map((s) => (
              <option key={s.id} value={s.number} disabled={s.number < choice.window.from}>
                {s.label} ({s.end.slice(0, 4)})
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <fieldset>
        <legend>Delegations</legend>
        <label>
          Regional group{' '}
          <select value={choice.filter.region ?? ''} onChange={(e) => update({ region: e.target.value || null })} data-testid="brief-region">
            <option value="">all</option>
            {REGIONS.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>{' '}
        <label>
          <input type="checkbox" checked={choice.filter.eu} onChange={(e) => update({ eu: e.target.checked ? '1' : null })} /> EU and member states
        </label>{' '}
        <label>
          Group{' '}
          <select value={choice.filter.group ?? ''} onChange={(e) => update({ group: e.target.value || null })} data-testid="brief-group">
            <option value="">all</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.label}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
    </form>
  );
}
