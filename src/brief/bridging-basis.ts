// The groups bridging positions are measured across, and each issue's bridging entries.
//
// Blocs: average-linkage clustering of the window's delegations on 1 - CA over all the
// dataset's issues (blocs.ts; point estimates only, no bootstrap), cut at BLOC_HEIGHT, so a
// bloc's members agree beyond chance (CA) by at least 1 - BLOC_HEIGHT on average at every
// merge; clusters of one are no bloc. A fixed number of clusters would turn thin records
// (distance 1 everywhere, merged by name order) into arbitrary blocs. Regional groups: the five UN regional groups,
// members being the delegations positioned on a chosen issue. 'auto' takes blocs when there
// are at least two, else regional groups; fewer than two groups gives no bridging at all.
import { agreementMatrix } from '../analysis/agreement-matrix';
import { clusterBlocs, cutBlocs } from '../analysis/blocs';
import { bridgingPositions } from '../analysis/bridging';
import type { WindowPositions } from '../analysis/window-positions';
import type { DatasetIndex } from '../shared/dataset-index';
import type { Issue } from '../shared/dataset-schema';
import type { ActorCode } from '../shared/ids';
import { compareNames, plural, positionLabel, shortList } from './brief-format';
import type { BridgingBasis, BridgingChoice, BridgingEntry } from './brief-types';
import { REGIONS } from './delegation-filter';
import { nameOf } from './key-quotes';

/** Merges at or below this average distance (1 - CA) form a bloc. */
export const BLOC_HEIGHT = 0.5;

export function bridgingBasis(
  index: DatasetIndex,
  positions: WindowPositions,
  issues: readonly Issue[],
  choice: BridgingChoice,
): BridgingBasis {
  const chosen = new Set<string>(issues.map((i) => i.id));
  const positioned = [...new Set(positions.positions.filter((p) => chosen.has(p.issue)).map((p) => p.actor))];
  if (positioned.length === 0) {
    return { kind: 'none', groups: [], note: 'No chosen delegation has a position on a chosen issue, so no bridging positions are measured.' };
  }
  if (choice !== 'regions') {
    const blocs = blocsOf(index, positions, positioned);
    if (blocs) return blocs;
    if (choice === 'blocs') {
      return { kind: 'none', groups: [], note: 'Clustering found fewer than two blocs of two or more delegations, so no bridging positions are measured.' };
    }
  }
  return regionsOf(index, positioned);
}

function blocsOf(index: DatasetIndex, positions: WindowPositions, positioned: readonly ActorCode[]): BridgingBasis | undefined {
  if (positions.actors.length < 4) return undefined;
  const tree = clusterBlocs(agreementMatrix(positions, index.dataset.issues, { resamples: 0 }));
  const wanted = new Set<string>(positioned);
  const blocs = cutBlocs(tree, { height: BLOC_HEIGHT })
    .filter((b) => b.length >= 2)
    .map((b) => b.filter((a) => wanted.has(a)))
    .filter((b) => b.length > 0);
  if (blocs.length < 2) return undefined;
  const inBloc = new Set(blocs.flat());
  const outside = positioned.filter((a) => !inBloc.has(a));
  const groups = blocs.map((members, i) => ({
    label: `Bloc ${i + 1}`,
    members: [...members].sort((a, b) => compareNames(nameOf(index, a), nameOf(index, b))),
  }));
  const described = groups.map((g) => `${g.label}: ${shortList(g.members.map((a) => nameOf(index, a)), 4)}`).join('; ');
  return {
    kind: 'blocs',
    groups,
    note:
      `Measured across ${groups.length} blocs found by clustering chance-corrected agreement over all issues in the period, members agreeing beyond chance by at least ${1 - BLOC_HEIGHT} on average (${described}).` +
      (outside.length ? ` ${plural(outside.length, 'delegation')} with too few positions or in a bloc of one ${outside.length === 1 ? 'is' : 'are'} in no bloc.` : ''),
  };
}

function regionsOf(index: DatasetIndex, positioned: readonly ActorCode[]): BridgingBasis {
  const groups = REGIONS.map((region) => ({
    label: region,
    members: positioned.filter((a) => index.actor.get(a)?.region === region).sort((a, b) => compareNames(nameOf(index, a), nameOf(index, b))),
  })).filter((g) => g.members.length > 0);
  const outside = positioned.filter((a) => !index.actor.get(a)?.region);
  const left = outside.length
    ? ` ${shortList(outside.map((a) => nameOf(index, a)).sort(compareNames), 4)} belong to no regional group and are left out.`
    : '';
  if (groups.length < 2) {
    return { kind: 'none', groups: [], note: `The chosen delegations with a position come from fewer than two UN regional groups, so no bridging positions are measured.${left}` };
  }
  return {
    kind: 'regions',
    groups,
    note: `Measured across the UN regional groups of the delegations with a position (${groups.map((g) => `${g.label} ${g.members.length}`).join(', ')}).${left}`,
  };
}

/**
 * The issue's candidate positions ranked by bridging score, best first, across the groups
 * with at least one member positioned on the issue (a silent group would support every
 * position at 1/2, diluting scores without changing the ranking); none below two such groups.
 */
export function bridgingEntries(
  positions: WindowPositions,
  issue: Issue,
  basis: BridgingBasis,
  majorityKey: string | undefined,
): { entries: BridgingEntry[]; note: string } {
  if (basis.kind === 'none') return { entries: [], note: 'No bridging positions measured (see the note at the top).' };
  const onIssue = new Set<string>(positions.positions.filter((p) => p.issue === issue.id).map((p) => p.actor));
  const groups = basis.groups.filter((g) => g.members.some((a) => onIssue.has(a)));
  const kind = basis.kind === 'blocs' ? 'blocs' : 'regional groups';
  if (groups.length < 2) {
    return { entries: [], note: `Fewer than two ${kind} have a member with a position on this issue, so no bridging position is measured.` };
  }
  const ranked = bridgingPositions(positions, [issue], groups.map((g) => g.members));
  const entries = ranked.map((r) => ({
    key: r.key,
    label: positionLabel(issue, r.position, r.value),
    score: r.score,
    majority: r.key === majorityKey,
    support: groups.map((g, b) => ({ group: g.label, agree: r.agree[b]!, positioned: r.positioned[b]! })),
  }));
  const of = groups.length < basis.groups.length ? `${groups.length} of the ${basis.groups.length}` : groups.length === 2 ? 'both' : `all ${groups.length}`;
  return { entries, note: `Across ${of} ${kind} with a member positioned on this issue (${groups.map((g) => g.label).join(', ')}).` };
}
