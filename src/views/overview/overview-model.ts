// Overview rows: each delegation's current position on each issue in the window, plus
// how active it was. Pure: DatasetIndex + WindowPositions -> OverviewRow[].
import type { HeldPosition, WindowPositions } from '../../analysis/window-positions';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { Actor, Issue } from '../../shared/dataset-schema';
import type { NamedGroup } from '../../components/named-groups';
import { actorMatches, type OverviewFilters } from './overview-filters';

export interface OverviewRow {
  actor: Actor;
  statements: number; // statements spoken or co-signed in the window
  cells: Map<string, HeldPosition>; // issue id -> held position
}

export function overviewIssues(index: DatasetIndex, filters: OverviewFilters): Issue[] {
  return filters.issues.length ? index.dataset.issues.filter((i) => filters.issues.includes(i.id)) : index.dataset.issues;
}

export function overviewRows(
  index: DatasetIndex,
  positions: WindowPositions,
  filters: OverviewFilters,
  groups: readonly NamedGroup[],
  blocOrder: readonly string[] | null,
): OverviewRow[] {
  return filterOverviewRows(windowRows(index, positions), filters, groups, blocOrder);
}

/**
 * Every delegation active or positioned in the window, by name: what a filter change picks
 * from. Memoise it per window; its rows keep their identity, so a filter change re-renders
 * only the rows that appear.
 */
export function windowRows(index: DatasetIndex, positions: WindowPositions): OverviewRow[] {
  const inWindow = new Set(
    index.dataset.sessions.filter((s) => s.number >= positions.window.from && s.number <= positions.window.to).map((s) => s.id),
  );
  const byActor = new Map<string, Map<string, HeldPosition>>();
  for (const p of positions.positions) {
    let cells = byActor.get(p.actor);
    if (!cells) byActor.set(p.actor, (cells = new Map()));
    cells.set(p.issue, p);
  }
  const rows: OverviewRow[] = [];
  for (const [code, statements] of index.statementsOf) {
    const actor = index.actor.get(code);
    if (!actor) continue;
    const active = statements.filter((s) => s.authors.includes(actor.code) && (!s.session || inWindow.has(s.session))).length;
    const cells = byActor.get(code) ?? new Map();
    if (active === 0 && cells.size === 0) continue;
    rows.push({ actor, statements: active, cells });
  }
  return rows.sort(byName);
}

/** The rows of `all` (windowRows) that pass the filters, in the order chosen. */
export function filterOverviewRows(
  all: readonly OverviewRow[],
  filters: OverviewFilters,
  groups: readonly NamedGroup[],
  blocOrder: readonly string[] | null,
): OverviewRow[] {
  const rows = all.filter((r) => actorMatches(r.actor, filters, groups));
  // `all` is in name order and sort is stable: ties stay by name.
  if (filters.sort === 'activity') rows.sort((a, b) => b.statements - a.statements);
  else if (filters.sort === 'bloc' && blocOrder) {
    const rank = new Map(blocOrder.map((c, i) => [c, i]));
    rows.sort((a, b) => (rank.get(a.actor.code) ?? Infinity) - (rank.get(b.actor.code) ?? Infinity));
  }
  return rows;
}

function byName(a: OverviewRow, b: OverviewRow): number {
  return a.actor.name.localeCompare(b.actor.name, 'en');
}

/** The table behind the view, for the CSV export. */
export function overviewCsvRows(rows: OverviewRow[], issues: Issue[]): (string | number)[][] {
  const header = ['actor', 'name', 'statements', ...issues.flatMap((i) => [i.id, `${i.id}_date`])];
  return [
    header,
    ...rows.map((r) => [
      r.actor.code,
      r.actor.name,
      r.statements,
      ...issues.flatMap((i) => {
        const c = r.cells.get(i.id);
        if (!c) return ['', ''];
        const v = c.value === null ? '' : Array.isArray(c.value) ? `:${c.value.join('-')}` : `:${c.value}`;
        return [`${c.position}${v}`, c.date ?? ''];
      }),
    ]),
  ];
}
