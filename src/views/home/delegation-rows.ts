// Delegations that spoke, with how many statements each (spoken or co-signed).
import { carriesStances } from '../../shared/dataset-schema';
import type { DatasetIndex } from '../../shared/dataset-index';

export interface DelegationRow {
  code: string;
  name: string;
  statements: number;
}

export function delegationRows(index: DatasetIndex): DelegationRow[] {
  const rows: DelegationRow[] = [];
  for (const [code, statements] of index.statementsOf) {
    const actor = index.actor.get(code);
    if (!actor || !carriesStances(actor.kind)) continue;
    rows.push({ code, name: actor.name, statements: statements.length });
  }
  return rows.sort((a, b) => b.statements - a.statements || a.name.localeCompare(b.name));
}
