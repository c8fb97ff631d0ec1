// Map model: Trajectory (one aligned MDS point per window) -> MapPath per delegation, cut at
// the session being shown, with the delegations chosen for labels marked. Pure rows; the
// container owns the scales.
import { windowLabel } from '../../analysis/session-window';
import type { Trajectory, TrajectoryPoint } from '../../analysis/trajectories';
import type { ActorCode } from '../../shared/ids';

export interface MapPath {
  readonly actor: ActorCode;
  readonly name: string;
  readonly points: readonly TrajectoryPoint[]; // windows ending at or before `upTo`, in order
  readonly current: TrajectoryPoint; // the last of them: where the delegation stands now
  readonly chosen: boolean; // labelled and drawn strongly
}

export interface MapExtent {
  readonly x: readonly [number, number];
  readonly y: readonly [number, number];
}

export interface MapModel {
  readonly upTo: number; // last session shown
  readonly paths: readonly MapPath[]; // chosen last, so they are drawn on top; else by code
  readonly placed: number; // delegations with a point in the window ending at `upTo`
  readonly sessions: number; // distinct windows drawn
  // Over every window (not only those up to `upTo`), so the frame holds still in a replay.
  readonly extent: MapExtent;
}

export interface MapModelOptions {
  readonly upTo: number;
  readonly keep?: (code: ActorCode) => boolean; // the delegation filter; default all
  readonly chosen?: ReadonlySet<string>;
  readonly nameOf?: (code: ActorCode) => string;
}

export function mapModel(trajectories: readonly Trajectory[], options: MapModelOptions): MapModel {
  const keep = options.keep ?? (() => true);
  const nameOf = options.nameOf ?? ((code: ActorCode) => code);
  const chosen = options.chosen ?? new Set<string>();
  const kept = trajectories.filter((t) => keep(t.actor));
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  for (const t of kept) {
    for (const p of t.points) {
      x0 = Math.min(x0, p.x);
      x1 = Math.max(x1, p.x);
      y0 = Math.min(y0, p.y);
      y1 = Math.max(y1, p.y);
    }
  }
  const windows = new Set<string>();
  const paths: MapPath[] = [];
  let placed = 0;
  const latest = maxTo(kept, options.upTo);
  for (const t of kept) {
    const points = t.points.filter((p) => p.window.to <= options.upTo);
    const current = points[points.length - 1];
    if (!current) continue;
    for (const p of points) windows.add(p.label);
    if (current.window.to === latest) placed++;
    paths.push({ actor: t.actor, name: nameOf(t.actor), points, current, chosen: chosen.has(t.actor) });
  }
  paths.sort((a, b) => Number(a.chosen) - Number(b.chosen) || (a.actor < b.actor ? -1 : a.actor > b.actor ? 1 : 0));
  const extent: MapExtent = Number.isFinite(x0) ? { x: [x0, x1], y: [y0, y1] } : { x: [-1, 1], y: [-1, 1] };
  return { upTo: options.upTo, paths, placed, sessions: windows.size, extent };
}

/** The latest window end at or before `upTo` among the trajectories: the map shown now. */
function maxTo(trajectories: readonly Trajectory[], upTo: number): number {
  let best = -1;
  for (const t of trajectories) for (const p of t.points) if (p.window.to <= upTo && p.window.to > best) best = p.window.to;
  return best;
}

/** The map as a table: one row per delegation and window, header first. */
export function mapTableRows(model: MapModel): (string | number)[][] {
  const rows: (string | number)[][] = [['delegation', 'code', 'window', 'x', 'y', 'current']];
  for (const path of [...model.paths].sort((a, b) => (a.actor < b.actor ? -1 : 1))) {
    for (const p of path.points) {
      rows.push([path.name, path.actor, windowLabel(p.window), round(p.x), round(p.y), p === path.current ? 'yes' : '']);
    }
  }
  return rows;
}

function round(v: number): number {
  const r = Math.round(v * 1e4) / 1e4;
  return r === 0 ? 0 : r;
}
