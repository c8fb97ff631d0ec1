// Choose two to four delegations: a select to add one, a button to remove each. The
// choice lives in the URL (?actors=), so the back button undoes it.
import { useId, useState } from 'react';
import type { Actor } from '../../shared/dataset-schema';
import type { ActorCode } from '../../shared/ids';
import { MAX_COMPARED } from './compare-params';

export function ActorPicker({ options, chosen, onChange }: { options: readonly Actor[]; chosen: readonly ActorCode[]; onChange: (codes: ActorCode[]) => void }) {
  const id = useId();
  const available = options.filter((a) => !chosen.includes(a.code));
  const [pick, setPick] = useState('');
  const full = chosen.length >= MAX_COMPARED;
  const selected = available.some((a) => a.code === pick) ? pick : '';
  const name = (code: string) => options.find((a) => a.code === code)?.name ?? code;
  return (
    <div className="actor-picker" data-testid="actor-picker">
      <ul className="chosen" aria-label="Compared delegations">
        {chosen.map((c) => (
          <li key={c}>
            {name(c)} <span className="muted">({c})</span>{' '}
            <button type="button" onClick={() => onChange(chosen.filter((x) => x !== c))} aria-label={`Remove ${name(c)}`}>
              Remove
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={`${id}-add`}>Add a delegation</label>{' '}
      <select id={`${id}-add`} value={selected} onChange={(e) => setPick(e.target.value)} disabled={full}>
        <option value="">{full ? `At most ${MAX_COMPARED} delegations` : 'Choose…'}</option>
        {available.map((a) => (
          <option key={a.code} value={a.code}>
            {a.name} ({a.code})
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        disabled={full || !selected}
        onClick={() => {
          onChange([...chosen, selected as ActorCode]);
          setPick('');
        }}
      >
        Add
      </button>
    </div>
  );
}
