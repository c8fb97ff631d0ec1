// The overview's filter controls; every change goes to the URL.
import type { DatasetIndex } from '../../shared/dataset-index';
import { GroupSelect } from '../../components/GroupSelect';
import type { NamedGroup } from '../../components/named-groups';
import { REGIONS, type OverviewFilters } from './overview-filters';

type Update = (changes: Record<string, string | null>, options?: { replace?: boolean }) => void;

export function OverviewFiltersBar({ index, filters, groups, update, sessions }: { index: DatasetIndex; filters: OverviewFilters; groups: readonly NamedGroup[]; update: Update; sessions: number[] }) {
  const label = (n: number) => index.dataset.sessions.find((s) => s.number === n)?.label ?? `session ${n}`;
  const from = filters.from ?? sessions[0] ?? 0;
  const to = filters.to ?? sessions[sessions.length - 1] ?? 0;
  const toggleIssue = (id: string) => {
    const all = index.dataset.issues.map((i) => i.id);
    const current = filters.issues.length ? filters.issues : all;
    const next = current.includes(id) ? current.filter((x) => x !== id) : [...current, id];
    update({ issues: next.length === all.length || next.length === 0 ? null : all.filter((x) => next.includes(x)).join(',') });
  };
  return (
    <form className="filters" aria-label="Filters" onSubmit={(e) => e.preventDefault()}>
      <label>
        From{' '}
        <select value={from} onChange={(e) => update({ from: e.target.value })} data-testid="filter-from">
          {sessions.map((n) => (
            <option key={n} value={n} disabled={n > to}>
              {label(n)}
            </option>
          ))}
        </select>
      </label>
      <label>
        to{' '}
        <select value={to} onChange={(e) => update({ to: e.target.value })} data-testid="filter-to">
          {sessions.map((n) => (
            <option key={n} value={n} disabled={n < from}>
              {label(n)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Regional group{' '}
        <select value={filters.region ?? ''} onChange={(e) => update({ region: e.target.value || null })}>
          <option value="">all</option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={filters.eu} onChange={(e) => update({ eu: e.target.checked ? '1' : null })} /> EU and member states
      </label>
      <label>
        Group{' '}
        <GroupSelect groups={groups} value={filters.group} onChange={(group) => update({ group })} anyLabel="all" testId="filter-group" />
      </label>
      <label>
        Delegation{' '}
        <input type="search" value={filters.q} onChange={(e) => update({ q: e.target.value || null }, { replace: true })} placeholder="name or code" data-testid="filter-q" />
      </label>
      <label>
        Sort by{' '}
        <select value={filters.sort} onChange={(e) => update({ sort: e.target.value === 'name' ? null : e.target.value })} data-testid="filter-sort">
          <option value="name">name</option>
          <option value="bloc">bloc (clustering order)</option>
          <option value="activity">activity</option>
        </select>
      </label>
      <details className="issue-picker">
        <summary>Issues ({filters.issues.length || index.dataset.issues.length} of {index.dataset.issues.length})</summary>
        {index.dataset.issues.map((i) => (
          <label key={i.id} className="block">
            <input type="checkbox" checked={!filters.issues.length || filters.issues.includes(i.id)} onChange={() => toggleIssue(i.id)} /> {i.label}
          </label>
        ))}
      </details>
    </form>
  );
}
