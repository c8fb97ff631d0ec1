// Orthogonal Procrustes in two dimensions: the rotation or reflection that best lays one
// map over another, so a trajectory does not jump when MDS flips an axis between windows.
//
// Numeric policy: no translation and no scaling (MDS maps are already centred and on the
// distance's own scale); least squares over the actors present in both maps; a rotation
// wins a tie with a reflection. Fewer than two shared actors: the map is left as it is.
import type { MdsMap } from './mds';

/** Row-vector transform: [x, y] -> [x * r11 + y * r21, x * r12 + y * r22]. */
export type Orthogonal2 = readonly [r11: number, r12: number, r21: number, r22: number];

/** The orthogonal R minimising the sum of |p_i R - q_i|^2. */
export function procrustes2d(points: ReadonlyArray<readonly [number, number]>, targets: ReadonlyArray<readonly [number, number]>): Orthogonal2 {
  let m11 = 0;
  let m12 = 0;
  let m21 = 0;
  let m22 = 0; // M = P^T Q
  points.forEach(([px, py], i) => {
    const [qx, qy] = targets[i]!;
    m11 += px * qx;
    m12 += px * qy;
    m21 += py * qx;
    m22 += py * qy;
  });
  const rotation = Math.hypot(m11 + m22, m21 - m12); // best trace(R^T M) with det R = +1
  const reflection = Math.hypot(m11 - m22, m12 + m21); // ... with det R = -1
  if (rotation === 0 && reflection === 0) return [1, 0, 0, 1];
  if (rotation >= reflection) {
    const c = (m11 + m22) / rotation;
    const s = (m21 - m12) / rotation;
    return [c, -s, s, c];
  }
  const c = (m11 - m22) / reflection;
  const s = (m12 + m21) / reflection;
  return [c, s, s, -c];
}

/** `map` rotated or reflected onto `reference` (matched by actor). */
export function procrustesAlign(reference: MdsMap, map: MdsMap): MdsMap {
  const target = new Map(reference.points.map((p) => [p.actor as string, p]));
  const shared = map.points.filter((p) => target.has(p.actor));
  if (shared.length < 2) return map;
  const [r11, r12, r21, r22] = procrustes2d(
    shared.map((p) => [p.x, p.y] as const),
    shared.map((p) => {
      const q = target.get(p.actor)!;
      return [q.x, q.y] as const;
    }),
  );
  return {
    ...map,
    points: map.points.map((p) => ({ actor: p.actor, x: p.x * r11 + p.y * r21, y: p.x * r12 + p.y * r22 })),
  };
}
