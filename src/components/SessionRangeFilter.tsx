// Two selects for a session range kept in the URL (?from=&to=); the full calendar leaves
// the URL clean. Moving one end past the other drags the other along.
import { useId } from 'react';
import type { SessionWindow } from '../analysis/session-window';
import type { DatasetIndex } from '../shared/dataset-index';
import { useSearchParams } from '../app/use-search-params';
import './session-range.css';

export function SessionRangeFilter({ index, numbers, window }: { index: DatasetIndex; numbers: readonly number[]; window: SessionWindow }) {
  const [, update] = useSearchParams();
  const id = useId();
  const labelOf = (n: number) => index.dataset.sessions.find((s) => s.number === n)?.label ?? `session ${n}`;
  const first = numbers[0] ?? 0;
  const last = numbers[numbers.length - 1] ?? 0;
  const set = (from: number, to: number) =>
    update({ from: from === first ? null : String(from), to: to === last ? null : String(to) });
  return (
    <fieldset className="session-range">
      <legend>Sessions</legend>
      <label htmlFor={`${id}-from`}>From</label>{' '}
      <select id={`${id}-from`} value={window.from} onChange={(e) => { const f = Number(e.target.value); set(f, Math.max(f, window.to)); }}>
        {numbers.map((n) => (
          <option key={n} value={n}>
            {labelOf(n)}
          </option>
        ))}
      </select>{' '}
      <label htmlFor={`${id}-to`}>to</label>{' '}
      <select id={`${id}-to`} value={window.to} onChange={(e) => { const t = Number(e.target.value); set(Math.min(window.from, t), t); }}>
        {numbers.map((n) => (
          <option key={n} value={n}>
            {labelOf(n)}
          </option>
        ))}
      </select>
    </fieldset>
  );
}
