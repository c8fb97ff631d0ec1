// Blocs: average-linkage clustering of delegations on 1 - CA (agreement-distance.ts says
// how pairs without CA and thin records are treated), the leaf order for the heatmap, and
// cuts into blocs. Deterministic: ties are broken by actor code (upgma.ts).
//
// Numeric policy: heights are average distances in [0, 2]; a height cut keeps merges at
// or below the threshold.
import type { ActorCode } from '../shared/ids';
import type { AgreementMatrix } from './agreement-matrix';
import { agreementDistances, type DistanceOptions } from './agreement-distance';
import type { SessionWindow } from './session-window';
import { clustersAfter, upgma, type Merge } from './upgma';

export interface BlocTree {
  readonly window: SessionWindow;
  readonly actors: readonly ActorCode[]; // clustered, sorted by code; merge leaves index this
  readonly excluded: readonly ActorCode[]; // too few positions to cluster
  readonly merges: readonly Merge[];
  readonly order: readonly ActorCode[]; // leaf order: rows and columns of the heatmap
}

export type BlocCut = { readonly k: number } | { readonly height: number };

export function clusterBlocs(matrix: AgreementMatrix, options: DistanceOptions = {}): BlocTree {
  const distances = agreementDistances(matrix, options);
  const tree = upgma(distances.actors, distances.values);
  return {
    window: matrix.window,
    actors: distances.actors,
    excluded: distances.excluded,
    merges: tree.merges,
    order: tree.order.map((i) => distances.actors[i]!),
  };
}

/**
 * Blocs by cutting the tree into k blocs (k clamped to 1..number of actors) or at a
 * height. Blocs are listed in leaf order, members in leaf order; excluded actors are in
 * none.
 */
export function cutBlocs(tree: BlocTree, cut: BlocCut): ActorCode[][] {
  const n = tree.actors.length;
  if (n === 0) return [];
  let mergeCount: number;
  if ('k' in cut) {
    const k = Math.min(n, Math.max(1, Math.floor(cut.k)));
    mergeCount = n - k;
  } else {
    mergeCount = 0; // heights never decrease, so the merges kept are a prefix
    while (mergeCount < tree.merges.length && tree.merges[mergeCount]!.height <= cut.height) mergeCount++;
  }
  const order = tree.order.map((a) => tree.actors.indexOf(a));
  return clustersAfter(n, { merges: tree.merges, order }, mergeCount).map((bloc) => bloc.map((i) => tree.actors[i]!));
}
