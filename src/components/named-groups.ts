// The named groups a user can narrow a view to: groups with known members, then the
// signatories of each joint statement (one entry per document). Both the overview and the
// convergence view offer them.
import type { DatasetIndex } from '../shared/dataset-index';

export interface NamedGroup {
  readonly id: string; // a group's actor code, or "doc:<document id>" for a joint statement's signatories
  readonly label: string;
  readonly members: ReadonlySet<string>;
}

const groupsOf = new WeakMap<DatasetIndex, NamedGroup[]>();

/** Memoised per dataset index: a scan of every statement, not redone on each visit. */
export function namedGroups(index: DatasetIndex): NamedGroup[] {
  let groups = groupsOf.get(index);
  if (!groups) groupsOf.set(index, (groups = collectGroups(index)));
  return groups;
}

function collectGroups(index: DatasetIndex): NamedGroup[] {
  const out: NamedGroup[] = [];
  for (const a of index.dataset.actors) {
    if (a.kind === 'group' && a.members.length > 0) out.push({ id: a.code, label: `${a.name} (members)`, members: new Set(a.members) });
  }
  const seen = new Set<string>();
  for (const s of index.dataset.statements) {
    if (s.authors.length > 1 && !seen.has(s.document)) {
      seen.add(s.document);
      const doc = index.document.get(s.document);
      out.push({ id: `doc:${s.document}`, label: `Signatories: ${doc?.title ?? s.document}`, members: new Set(s.authors) });
    }
  }
  return out;
}
