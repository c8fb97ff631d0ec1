// Bridging positions: positions that every bloc can live with, ranked like Polis'
// group-informed consensus. For a position on an issue, each bloc's support is
//
//   support_b = (agree_b + 1) / (positioned_b + 2)
//
// (Laplace smoothing: agree_b members of bloc b hold exactly that position, positioned_b
// hold any position on the issue), and the score is the geometric mean of support_b over
// all blocs. A bloc silent on the issue supports every position at 1/2.
//
// Numeric policy: supports and scores in (0, 1). Candidates are the positions held by at
// least one bloc member (on the numeric issue each value is its own candidate). Ranking:
// score descending, then issue order as given, then codebook position order, then key.
import type { Issue, StanceValue } from '../shared/dataset-schema';
import type { ActorCode, IssueId, PositionId } from '../shared/ids';
import { issueCategories } from './issue-categories';
import type { WindowPositions } from './window-positions';

export interface BridgingPosition {
  readonly issue: IssueId;
  readonly position: PositionId;
  readonly value: StanceValue | null;
  readonly key: string;
  readonly score: number; // geometric mean of support over blocs
  readonly support: readonly number[]; // per bloc, in the order given
  readonly agree: readonly number[]; // per bloc: members holding this position
  readonly positioned: readonly number[]; // per bloc: members positioned on the issue
}

export function bridgingPositions(
  positions: WindowPositions,
  issues: readonly Issue[],
  blocs: ReadonlyArray<readonly ActorCode[]>,
): BridgingPosition[] {
  const blocOf = new Map<string, number>();
  blocs.forEach((members, b) => members.forEach((a) => blocOf.set(a, b)));
  const ranked: Array<BridgingPosition & { order: number }> = [];
  issues.forEach((issue, t) => {
    const held = positions.positions.filter((p) => p.issue === issue.id && blocOf.has(p.actor));
    const cats = issueCategories(issue, held);
    const positioned = blocs.map(() => 0);
    const agree = cats.categories.map(() => blocs.map(() => 0));
    for (const p of held) {
      const b = blocOf.get(p.actor)!;
      positioned[b]!++;
      agree[cats.index.get(p.key)!]![b]!++;
    }
    cats.categories.forEach((c, ci) => {
      const support = blocs.map((_, b) => (agree[ci]![b]! + 1) / (positioned[b]! + 2));
      const score = Math.exp(support.reduce((s, v) => s + Math.log(v), 0) / Math.max(1, support.length));
      ranked.push({
        issue: issue.id, position: c.position, value: c.value, key: c.key,
        score, support, agree: agree[ci]!, positioned, order: t * 1e6 + ci,
      });
    });
  });
  ranked.sort((x, y) => y.score - x.score || x.order - y.order);
  return ranked.map(({ order: _order, ...rest }) => rest);
}
