// The overview's filters, as they live in the URL (?from=&to=&region=&eu=&group=&issues=&q=&sort=).
import type { NamedGroup } from '../../components/named-groups';
import { carriesStances, type Actor, type Region } from '../../shared/dataset-schema';

export type SortKey = 'name' | 'bloc' | 'activity';

export interface OverviewFilters {
  from: number | null;
  to: number | null;
  region: Region | null;
  eu: boolean;
  group: string | null; // an actor code of a group, or "doc:<document id>" for a joint statement's signatories
  issues: string[]; // empty: all
  q: string;
  sort: SortKey;
}

const REGIONS: Region[] = ['African', 'Asia-Pacific', 'Eastern European', 'GRULAC', 'WEOG'];

export function parseFilters(params: URLSearchParams): OverviewFilters {
  const num = (k: string) => {
    const v = params.get(k);
    return v !== null && /^\d+$/.test(v) ? Number(v) : null;
  };
  const region = params.get('region');
  const sort = params.get('sort');
  return {
    from: num('from'),
    to: num('to'),
    region: REGIONS.includes(region as Region) ? (region as Region) : null,
    eu: params.get('eu') === '1',
    group: params.get('group'),
    issues: (params.get('issues') ?? '').split(',').filter(Boolean),
    q: params.get('q') ?? '',
    sort: sort === 'bloc' || sort === 'activity' ? sort : 'name',
  };
}

/** Whether a delegation passes the region, EU, group and name filters. */
export function actorMatches(actor: Actor, filters: OverviewFilters, groups: readonly NamedGroup[]): boolean {
  if (!carriesStances(actor.kind)) return false;
  if (filters.region && actor.region !== filters.region) return false;
  if (filters.eu && !(actor.eu || actor.code === 'EU')) return false;
  if (filters.group) {
    const g = groups.find((x) => x.id === filters.group);
    if (g && !g.members.has(actor.code) && actor.code !== filters.group) return false;
  }
  const q = filters.q.trim().toLowerCase();
  if (q && !`${actor.name} ${actor.code}`.toLowerCase().includes(q)) return false;
  return true;
}

export { REGIONS };
