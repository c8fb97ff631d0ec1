// A window's positions packed into typed arrays for the pairwise measures: one category
// code per (actor, issue), one agreement table per issue, and the agreement expected by
// chance on each issue among every delegation positioned on it in the window.
//
// Numeric policy: codes are category indices, -1 for silence; `expected` is in [0, 1],
// NaN (internal only, never returned) for an issue nobody holds a position on.
import type { Issue } from '../shared/dataset-schema';
import type { ActorCode } from '../shared/ids';
import { categoryCounts, chanceAgreement, issueCategories, type IssueCategories } from './issue-categories';
import type { SessionWindow } from './session-window';
import type { HeldPosition, WindowPositions } from './window-positions';

export interface EncodedWindow {
  readonly window: SessionWindow;
  readonly actors: readonly ActorCode[]; // sorted
  readonly issues: readonly Issue[]; // in the order given
  readonly codes: Int32Array; // actors.length x issues.length, row per actor
  readonly categories: readonly IssueCategories[]; // per issue
  readonly tables: Float64Array; // all agreement tables, concatenated
  readonly tableOffset: Int32Array; // per issue: start of its table in `tables`
  readonly tableSize: Int32Array; // per issue: number of categories
  readonly expected: Float64Array; // per issue: chance agreement E_t
  readonly positionedOn: Int32Array; // per actor: number of issues positioned on
  // per (actor, issue): actor indices that co-signed every statement behind the position;
  // undefined unless the position rests only on joint statements.
  readonly partners: ReadonlyArray<ReadonlySet<number> | undefined>;
}

/** Packs `positions`; positions on issues not in `issues` are left out. */
export function encodeWindow(positions: WindowPositions, issues: readonly Issue[]): EncodedWindow {
  const actors = positions.actors;
  const actorIndex = new Map<string, number>(actors.map((a, i) => [a, i]));
  const issueIndex = new Map<string, number>(issues.map((s, i) => [s.id, i]));
  const T = issues.length;

  const byIssue: HeldPosition[][] = issues.map(() => []);
  for (const p of positions.positions) {
    const t = issueIndex.get(p.issue);
    if (t !== undefined) byIssue[t]!.push(p);
  }
  const categories = issues.map((issue, t) => issueCategories(issue, byIssue[t]!));
  const tableSize = Int32Array.from(categories, (c) => c.categories.length);
  const tableOffset = new Int32Array(T);
  let total = 0;
  for (let t = 0; t < T; t++) {
    tableOffset[t] = total;
    total += tableSize[t]! * tableSize[t]!;
  }
  const tables = new Float64Array(total);
  categories.forEach((c, t) => tables.set(c.table, tableOffset[t]!));
  const expected = Float64Array.from(categories, (c, t) => chanceAgreement(c, categoryCounts(c, byIssue[t]!)) ?? NaN);

  const codes = new Int32Array(actors.length * T).fill(-1);
  const positionedOn = new Int32Array(actors.length);
  const partners: Array<Set<number> | undefined> = new Array(actors.length * T);
  byIssue.forEach((held, t) => {
    for (const p of held) {
      const a = actorIndex.get(p.actor)!;
      codes[a * T + t] = categories[t]!.index.get(p.key)!;
      positionedOn[a]!++;
      if (p.jointOnly && p.partners.length > 0) {
        partners[a * T + t] = new Set(p.partners.map((c) => actorIndex.get(c)).filter((i) => i !== undefined));
      }
    }
  });
  return { window: positions.window, actors, issues, codes, categories, tables, tableOffset, tableSize, expected, positionedOn, partners };
}
