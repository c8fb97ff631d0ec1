// Cohesion of a group of delegations on an issue: the Hix-Noury-Roland agreement index,
// generalised to k positions:
//
//   AI = (k * max - N) / ((k - 1) * N)
//
// where N is the number of group members positioned on the issue, max the number holding
// the most common position, and k the number of positions the issue offers. AI is 1 when
// all agree and 0 when members spread evenly over all k positions. With k = 3 (yes, no,
// abstain) it is exactly HNR's original (max - (N - max) / 2) / N.
//
// Numeric policy: AI in [0, 1]; undefined (never NaN) when no member is positioned.
// Positions are told apart by key, so on the numeric issue each value is its own position,
// and k = max(number of codebook positions, number of distinct positions the members
// hold), which keeps AI >= 0. An issue offering one position gives AI = 1.
import type { Issue } from '../shared/dataset-schema';
import type { ActorCode, IssueId } from '../shared/ids';
import type { WindowPositions } from './window-positions';

export interface Cohesion {
  readonly issue: IssueId;
  readonly ai: number | undefined;
  readonly n: number; // members positioned on the issue
  readonly k: number; // positions counted
  readonly largest: number; // members holding the most common position
}

/** AI from the counts of members per position and the number of positions k. */
export function agreementIndex(counts: readonly number[], k: number): number | undefined {
  const N = counts.reduce((s, c) => s + c, 0);
  if (N === 0) return undefined;
  const kk = Math.max(k, counts.filter((c) => c > 0).length);
  if (kk <= 1) return 1;
  return (kk * Math.max(...counts) - N) / ((kk - 1) * N);
}

export function cohesion(positions: WindowPositions, issue: Issue, members: readonly ActorCode[]): Cohesion {
  const group = new Set<string>(members);
  const counts = new Map<string, number>();
  for (const p of positions.positions) {
    if (p.issue !== issue.id || !group.has(p.actor)) continue;
    counts.set(p.key, (counts.get(p.key) ?? 0) + 1);
  }
  const values = [...counts.values()];
  const n = values.reduce((s, c) => s + c, 0);
  const k = Math.max(issue.positions.length, values.length);
  return { issue: issue.id, ai: agreementIndex(values, k), n, k, largest: n === 0 ? 0 : Math.max(...values) };
}

/** cohesion() on every issue, in the order given. */
export function groupCohesion(positions: WindowPositions, issues: readonly Issue[], members: readonly ActorCode[]): Cohesion[] {
  return issues.map((issue) => cohesion(positions, issue, members));
}
