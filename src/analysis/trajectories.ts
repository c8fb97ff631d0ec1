// Delegations moving across the map over windows: one classical MDS per window, each
// aligned by Procrustes onto the previous (already aligned) one, so the picture does not
// flip or spin between windows. The first window keeps its own orientation.
//
// Numeric policy: as in mds.ts and procrustes.ts; a point exists only for windows in
// which the delegation is placed.
import type { ActorCode } from '../shared/ids';
import type { AgreementMatrix } from './agreement-matrix';
import type { DistanceOptions } from './agreement-distance';
import { classicalMds, type MdsMap } from './mds';
import { procrustesAlign } from './procrustes';
import { windowLabel, type SessionWindow } from './session-window';
import { compareCodes } from './window-positions';

export interface TrajectoryPoint {
  readonly window: SessionWindow;
  readonly label: string; // windowLabel(window), e.g. "S1-S3"
  readonly x: number;
  readonly y: number;
}

export interface Trajectory {
  readonly actor: ActorCode;
  readonly points: readonly TrajectoryPoint[]; // in window order
}

export function mapTrajectories(
  matrices: readonly AgreementMatrix[],
  options: DistanceOptions = {},
): { maps: MdsMap[]; trajectories: Trajectory[] } {
  const maps: MdsMap[] = [];
  for (const matrix of matrices) {
    const map = classicalMds(matrix, options);
    const previous = maps[maps.length - 1];
    maps.push(previous ? procrustesAlign(previous, map) : map);
  }
  const paths = new Map<string, TrajectoryPoint[]>();
  for (const map of maps) {
    for (const p of map.points) {
      const path = paths.get(p.actor) ?? [];
      path.push({ window: map.window, label: windowLabel(map.window), x: p.x, y: p.y });
      paths.set(p.actor, path);
    }
  }
  const trajectories = [...paths]
    .sort(([a], [b]) => compareCodes(a, b))
    .map(([actor, points]) => ({ actor: actor as ActorCode, points }));
  return { maps, trajectories };
}
