// Which delegations the convergence view shows: 193 x 193 is too large to read, so by
// default only those positioned on at least MIN_SHARED_ISSUES issues, narrowed by UN
// regional group, EU membership, a named group (its members, or a joint statement's
// signatories) and a name search. In the URL as ?region=&eu=1&group=&q=&min=.
import { MIN_SHARED_ISSUES } from '../../analysis/pair-kernel';
import { regionSchema, type Region } from '../../shared/dataset-schema';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { NamedGroup } from '../../components/named-groups';

export interface DelegationFilter {
  readonly region: Region | null;
  readonly eu: boolean;
  readonly group: string | null; // a group's actor code, or "doc:<document id>" for a joint statement's signatories
  readonly q: string;
  readonly min: number; // positioned issues at least; default MIN_SHARED_ISSUES
}

export const REGIONS: readonly Region[] = regionSchema.options;

export function parseDelegationFilter(params: URLSearchParams): DelegationFilter {
  const region = params.get('region');
  const min = params.get('min');
  return {
    region: REGIONS.includes(region as Region) ? (region as Region) : null,
    eu: params.get('eu') === '1',
    group: params.get('group') || null,
    q: params.get('q') ?? '',
    min: min !== null && /^\d+$/.test(min) ? Math.max(1, Number(min)) : MIN_SHARED_ISSUES,
  };
}

/**
 * A predicate on actor codes: region, EU, group and search (not `min`, which needs the
 * window's counts: see keepPositioned). Codes not in the actor list pass only when no
 * region, EU or group filter is set.
 */
export function matchesFilter(index: DatasetIndex, filter: DelegationFilter, groups: readonly NamedGroup[]): (code: string) => boolean {
  const group = filter.group ? groups.find((g) => g.id === filter.group) : undefined;
  const q = filter.q.trim().toLowerCase();
  return (code) => {
    const actor = index.actor.get(code);
    if (filter.region && actor?.region !== filter.region) return false;
    if (filter.eu && !(actor?.eu || code === 'EU')) return false;
    if (group && !group.members.has(code) && code !== group.id) return false;
    if (q && !`${actor?.name ?? ''} ${code}`.toLowerCase().includes(q)) return false;
    return true;
  };
}

/** Whether any filter beyond the default minimum is set. */
export function isNarrowed(filter: DelegationFilter): boolean {
  return filter.region !== null || filter.eu || filter.group !== null || filter.q.trim() !== '';
}
