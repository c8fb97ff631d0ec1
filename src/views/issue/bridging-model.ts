// Bridging positions on one issue: the positions every bloc can live with. Blocs come from
// clustering the full-window agreement matrix (average linkage on 1 - CA, cut into
// BLOC_COUNT); when the matrix is too sparse for that (fewer than MIN_CLUSTERED delegations
// positioned on 3+ issues, or fewer than two blocs of two), the UN regional groups stand in.
import type { AgreementMatrix } from '../../analysis/agreement-matrix';
import { clusterBlocs, cutBlocs } from '../../analysis/blocs';
import { bridgingPositions, type BridgingPosition } from '../../analysis/bridging';
import type { WindowPositions } from '../../analysis/window-positions';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { Issue } from '../../shared/dataset-schema';
import type { ActorCode } from '../../shared/ids';

export const BLOC_COUNT = 3;
export const MIN_CLUSTERED = 6;

export interface Bloc {
  readonly label: string;
  readonly members: readonly ActorCode[];
}

export interface BlocBasis {
  readonly kind: 'blocs' | 'regions';
  readonly blocs: readonly Bloc[];
  readonly clustered: number; // delegations the clustering kept (blocs) or in a region (regions)
  readonly left: number; // positioned delegations in no bloc (thin records, or no region)
}

export function blocBasis(index: DatasetIndex, matrix: AgreementMatrix): BlocBasis {
  const tree = clusterBlocs(matrix);
  if (tree.actors.length >= MIN_CLUSTERED) {
    const cut = cutBlocs(tree, { k: BLOC_COUNT });
    if (cut.filter((b) => b.length >= 2).length >= 2) {
      const name = (a: ActorCode) => index.actor.get(a)?.name ?? a;
      return {
        kind: 'blocs',
        blocs: cut.map((members, i) => ({
          label: `Bloc ${i + 1} (${members.slice(0, 3).map(name).join(', ')}${members.length > 3 ? ` +${members.length - 3}` : ''})`,
          members,
        })),
        clustered: tree.actors.length,
        left: tree.excluded.length,
      };
    }
  }
  const regions = new Map<string, ActorCode[]>();
  for (const code of matrix.actors) {
    const region = index.actor.get(code)?.region;
    if (!region) continue;
    const list = regions.get(region) ?? [];
    list.push(code);
    regions.set(region, list);
  }
  const blocs = [...regions].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([label, members]) => ({ label, members }));
  const clustered = blocs.reduce((s, b) => s + b.members.length, 0);
  return { kind: 'regions', blocs, clustered, left: matrix.actors.length - clustered };
}

export function issueBridging(positions: WindowPositions, issue: Issue, basis: BlocBasis): BridgingPosition[] {
  if (basis.blocs.length === 0) return [];
  return bridgingPositions(positions, [issue], basis.blocs.map((b) => b.members));
}
