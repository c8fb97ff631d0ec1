// The delegation filter of the convergence view; every change goes to the URL.
import { GroupSelect } from '../../components/GroupSelect';
import type { NamedGroup } from '../../components/named-groups';
import { REGIONS, type DelegationFilter } from './delegation-filter';

export interface DelegationFilterFormProps {
  filter: DelegationFilter;
  groups: readonly NamedGroup[];
  shown: number; // delegations passing the filter in the matrix
  update: (changes: Record<string, string | null>, options?: { replace?: boolean }) => void;
}

export function DelegationFilterForm({ filter, groups, shown, update }: DelegationFilterFormProps) {
  return (
    <fieldset className="convergence-filter" data-testid="delegation-filter">
      <legend>Delegations shown ({shown})</legend>
      <label>
        Regional group{' '}
        <select value={filter.region ?? ''} onChange={(e) => update({ region: e.target.value || null })}>
          <option value="">All</option>
          {REGIONS.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={filter.eu} onChange={(e) => update({ eu: e.target.checked ? '1' : null })} /> EU and its
        member states
      </label>
      {groups.length > 0 && (
        <label>
          Group{' '}
          <GroupSelect groups={groups} value={filter.group} onChange={(group) => update({ group })} anyLabel="Any" />
        </label>
      )}
      <label>
        Name or code{' '}
        <input type="search" value={filter.q} onChange={(e) => update({ q: e.target.value || null }, { replace: true })} />
      </label>
      <label>
        Positioned on at least{' '}
        <select value={filter.min} onChange={(e) => update({ min: e.target.value === '3' ? null : e.target.value })}>
          {[1, 2, 3, 4, 5, 6, 8, 10].map((n) => (
            <option key={n} value={n}>
              {n} {n === 1 ? 'issue' : 'issues'}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
