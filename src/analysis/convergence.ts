// Convergence between two windows on the balanced panel: only delegations positioned on
// the issue in both windows count, so a change in who speaks is not mistaken for a change
// of minds.
//
// Numeric policy: polarisation as in issue-polarisation.ts (mean pairwise distance in
// [0, 1]); `change` = after - before, so a negative change means the room converged. Its
// 95% interval is a percentile bootstrap over panel delegations (resampled with
// replacement, the same draw in both windows; a delegation drawn twice counts as two
// members at distance 0). An issue needs a panel of 2 for a value; `overall` is the mean
// change over the issues that have one, bootstrapped by resampling delegations from the
// union of the panels (the same draw for every issue). Undefined, never NaN, without data.
import type { Issue } from '../shared/dataset-schema';
import type { ActorCode, IssueId } from '../shared/ids';
import { issueCategories, meanPairDistance, type IssueCategories } from './issue-categories';
import type { Interval } from './interval';
import { percentileInterval } from './percentile';
import type { BootstrapOptions } from './pair-kernel';
import { DEFAULT_RESAMPLES, DEFAULT_SEED, planCache } from './resample-plan';
import type { SessionWindow } from './session-window';
import { compareCodes, type WindowPositions } from './window-positions';

export interface IssueConvergence {
  readonly issue: IssueId;
  readonly panel: number; // delegations positioned on the issue in both windows
  readonly before: number | undefined; // polarisation of the panel in the earlier window
  readonly after: number | undefined;
  readonly change: number | undefined; // after - before; < 0 converging
  readonly interval: Interval | undefined;
}

export interface Convergence {
  readonly before: SessionWindow;
  readonly after: SessionWindow;
  readonly issues: readonly IssueConvergence[]; // in the order given
  readonly overall: {
    readonly change: number | undefined; // mean change over issues with a panel of 2 or more
    readonly interval: Interval | undefined;
    readonly issues: number; // issues contributing
    readonly delegations: number; // union of their panels
  };
}

/** One issue's panel: categories over both windows and each member's code in each. */
interface Panel {
  readonly cats: IssueCategories;
  readonly members: ActorCode[];
  readonly before: Int32Array;
  readonly after: Int32Array;
}

function panelOf(before: WindowPositions, after: WindowPositions, issue: Issue): Panel {
  const early = new Map(before.positions.filter((p) => p.issue === issue.id).map((p) => [p.actor as string, p]));
  const late = after.positions.filter((p) => p.issue === issue.id && early.has(p.actor));
  late.sort((x, y) => compareCodes(x.actor, y.actor));
  const earlyHeld = late.map((p) => early.get(p.actor)!);
  const cats = issueCategories(issue, [...earlyHeld, ...late]);
  return {
    cats,
    members: late.map((p) => p.actor),
    before: Int32Array.from(earlyHeld, (p) => cats.index.get(p.key)!),
    after: Int32Array.from(late, (p) => cats.index.get(p.key)!),
  };
}

function polarisationOf(cats: IssueCategories, codes: Int32Array, picks?: ArrayLike<number>): number | undefined {
  const counts = new Int32Array(cats.categories.length);
  if (picks) for (let k = 0; k < picks.length; k++) counts[codes[picks[k]!]!]!++;
  else for (const c of codes) counts[c]!++;
  return meanPairDistance(cats, counts);
}

function changeOf(panel: Panel, picks?: ArrayLike<number>): number | undefined {
  const b = polarisationOf(panel.cats, panel.before, picks);
  const a = polarisationOf(panel.cats, panel.after, picks);
  return a === undefined || b === undefined ? undefined : a - b;
}

export function issueConvergence(
  before: WindowPositions,
  after: WindowPositions,
  issue: Issue,
  options: BootstrapOptions = {},
): IssueConvergence {
  const panel = panelOf(before, after, issue);
  const B = options.resamples ?? DEFAULT_RESAMPLES;
  const m = panel.members.length;
  const b = polarisationOf(panel.cats, panel.before);
  const a = polarisationOf(panel.cats, panel.after);
  const change = a === undefined || b === undefined ? undefined : a - b;
  let interval: Interval | undefined;
  if (change !== undefined && B > 0) {
    const plan = planCache(B, options.seed ?? DEFAULT_SEED)(m);
    const draws = new Float64Array(B);
    let count = 0;
    for (let r = 0; r < B; r++) {
      const d = changeOf(panel, plan.subarray(r * m, (r + 1) * m));
      if (d !== undefined) draws[count++] = d;
    }
    interval = percentileInterval(draws, count);
  }
  return { issue: issue.id, panel: m, before: b, after: a, change, interval };
}

export function convergence(
  before: WindowPositions,
  after: WindowPositions,
  issues: readonly Issue[],
  options: BootstrapOptions = {},
): Convergence {
  const results = issues.map((issue) => issueConvergence(before, after, issue, options));
  const panels = issues.map((issue) => panelOf(before, after, issue)).filter((_, t) => results[t]!.change !== undefined);
  const union = [...new Set(panels.flatMap((p) => p.members))].sort(compareCodes);
  const position = new Map<string, number>(union.map((a, i) => [a, i]));
  // memberAt[t][u]: index in panel t of union member u, or -1
  const memberAt = panels.map((p) => {
    const at = new Int32Array(union.length).fill(-1);
    p.members.forEach((a, k) => (at[position.get(a)!] = k));
    return at;
  });

  const meanChange = (draw?: ArrayLike<number>): number | undefined => {
    let sum = 0;
    let count = 0;
    panels.forEach((panel, t) => {
      let picks: ArrayLike<number> | undefined;
      if (draw) {
        const list: number[] = [];
        for (let k = 0; k < draw.length; k++) {
          const member = memberAt[t]![draw[k]!]!;
          if (member >= 0) list.push(member);
        }
        picks = list;
      }
      const d = changeOf(panel, picks);
      if (d !== undefined) {
        sum += d;
        count++;
      }
    });
    return count === 0 ? undefined : sum / count;
  };

  const change = meanChange();
  const B = options.resamples ?? DEFAULT_RESAMPLES;
  let interval: Interval | undefined;
  if (change !== undefined && B > 0) {
    const plan = planCache(B, options.seed ?? DEFAULT_SEED)(union.length);
    const draws = new Float64Array(B);
    let count = 0;
    for (let r = 0; r < B; r++) {
      const d = meanChange(plan.subarray(r * union.length, (r + 1) * union.length));
      if (d !== undefined) draws[count++] = d;
    }
    interval = percentileInterval(draws, count);
  }
  return {
    before: before.window,
    after: after.window,
    issues: results,
    overall: { change, interval, issues: panels.length, delegations: union.length },
  };
}
