// Which delegations a brief covers: a UN regional group, the EU and its member states, a
// named group (its known members) or a joint statement's signatories, combined with "and".
// The same URL parameters as the overview (?region=&eu=1&group=), so a brief drafted from
// a filtered view covers exactly the delegations that view showed.
import { carriesStances, regionSchema, type Actor, type Region } from '../shared/dataset-schema';
import type { ClientDataset } from '../shared/client-dataset';
import type { ActorCode } from '../shared/ids';
import { compareNames } from './brief-format';

export interface DelegationFilter {
  readonly region: Region | null;
  readonly eu: boolean;
  readonly group: string | null; // a group's actor code, or "doc:<document id>" for a joint statement's signatories
}

export const NO_FILTER: DelegationFilter = { region: null, eu: false, group: null };
export const REGIONS: readonly Region[] = regionSchema.options;

export interface GroupChoice {
  readonly id: string;
  readonly label: string;
  readonly members: readonly ActorCode[];
}

/** Named groups with known members, then each joint statement's signatories (one per document). */
export function groupChoices(dataset: Pick<ClientDataset, 'actors' | 'statements' | 'documents'>): GroupChoice[] {
  const out: GroupChoice[] = [];
  const groups = dataset.actors.filter((a) => a.kind === 'group' && a.members.length > 0);
  for (const a of [...groups].sort((x, y) => compareNames(x.name, y.name))) {
    out.push({ id: a.code, label: `${a.name} (members)`, members: [...a.members] });
  }
  const signatories = new Map<string, Set<ActorCode>>();
  for (const s of dataset.statements) {
    if (s.authors.length < 2) continue;
    const set = signatories.get(s.document) ?? new Set<ActorCode>();
    for (const a of s.authors) set.add(a);
    signatories.set(s.document, set);
  }
  for (const doc of dataset.documents) {
    const set = signatories.get(doc.id);
    if (set) out.push({ id: `doc:${doc.id}`, label: `Signatories: ${doc.title}`, members: [...set].sort() });
  }
  return out;
}

export function isFiltered(filter: DelegationFilter): boolean {
  return filter.region !== null || filter.eu || filter.group !== null;
}

/**
 * The delegations a filter lets through (sorted codes) and how the filter reads; undefined
 * actors when nothing is filtered. Throws, naming it, on a group that is not a choice.
 */
export function resolveDelegations(
  dataset: Pick<ClientDataset, 'actors' | 'statements' | 'documents'>,
  filter: DelegationFilter,
): { actors: ActorCode[] | undefined; label: string } {
  if (!isFiltered(filter)) return { actors: undefined, label: 'all delegations' };
  const parts: string[] = [];
  let group: GroupChoice | undefined;
  if (filter.group !== null) {
    const choices = groupChoices(dataset);
    group = choices.find((g) => g.id === filter.group);
    if (!group) {
      const known = choices.map((g) => g.id).join(', ') || 'none';
      throw new Error(`unknown group "${filter.group}" (known: ${known})`);
    }
  }
  if (filter.region) parts.push(`${filter.region} group`);
  if (filter.eu) parts.push('the EU and its member states');
  if (group) parts.push(group.label);
  const members = new Set<string>(group?.members ?? []);
  const keep = (a: Actor) =>
    carriesStances(a.kind) &&
    (!filter.region || a.region === filter.region) &&
    (!filter.eu || a.eu || a.code === 'EU') &&
    (!group || members.has(a.code) || a.code === group.id);
  const actors = dataset.actors.filter(keep).map((a) => a.code).sort();
  return { actors, label: parts.join('; ') };
}
