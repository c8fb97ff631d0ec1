// Where the map's labels go (container layout, pure): which delegations are labelled, merged
// where points coincide, and placed so that no two labels overlap.
import type { MapPath } from './map-model';
import type { MapScales } from './MapRender';

/** Points this close (px) share one label, "DEU, FRA, NLD", so coinciding labels stay legible. */
const LABEL_MERGE = 6;
export const LABEL_FONT = 12;
const CHAR = 7; // px per character of a 12 px label, generous

export interface MapLabel {
  key: string;
  x: number; // text anchor
  y: number; // baseline
  anchor: 'start' | 'end';
  text: string;
  chosen: boolean;
}

/**
 * Labels for the current points: points within LABEL_MERGE px share one label; each label
 * goes right of its point, else left, above or below, whichever overlaps no label placed
 * before it; a label with no free place is left out unless `keep` says it must be shown.
 * Placement order is the order of `paths` (put the hovered and chosen first).
 */
export function mapLabels(paths: readonly MapPath[], scales: MapScales, keep: (p: MapPath) => boolean = () => false): MapLabel[] {
  const groups: { x: number; y: number; members: MapPath[] }[] = [];
  for (const p of paths) {
    const x = scales.x(p.current.x);
    const y = scales.y(p.current.y);
    const near = groups.find((g) => Math.hypot(g.x - x, g.y - y) <= LABEL_MERGE);
    if (near) near.members.push(p);
    else groups.push({ x, y, members: [p] });
  }
  const placed: { x0: number; x1: number; y0: number; y1: number }[] = [];
  const labels: MapLabel[] = [];
  for (const g of groups) {
    const members = [...g.members].sort((a, b) => Number(b.chosen) - Number(a.chosen) || (a.actor < b.actor ? -1 : 1));
    const text = members.map((m) => m.actor).join(', ');
    const w = text.length * CHAR;
    const spots: Array<Omit<MapLabel, 'key' | 'text' | 'chosen'>> = [
      { x: g.x + 7, y: g.y + 4, anchor: 'start' },
      { x: g.x - 7, y: g.y + 4, anchor: 'end' },
      { x: g.x - w / 2, y: g.y - 8, anchor: 'start' },
      { x: g.x - w / 2, y: g.y + LABEL_FONT + 6, anchor: 'start' },
    ];
    const box = (s: (typeof spots)[number]) => {
      const x0 = s.anchor === 'start' ? s.x : s.x - w;
      return { x0, x1: x0 + w, y0: s.y - LABEL_FONT + 2, y1: s.y + 2 };
    };
    const free = spots.find((s) => {
      const b = box(s);
      return placed.every((o) => b.x1 <= o.x0 || b.x0 >= o.x1 || b.y1 <= o.y0 || b.y0 >= o.y1);
    });
    const spot = free ?? (members.some(keep) ? spots[0]! : undefined);
    if (!spot) continue;
    placed.push(box(spot));
    labels.push({ key: members[0]!.actor, ...spot, text, chosen: members.some((m) => m.chosen) });
  }
  return labels;
}

/** The paths to label, hovered first, then chosen, then the rest (when all are labelled). */
export function labelledPaths(paths: readonly MapPath[], labelAll: boolean, hover: string | null): MapPath[] {
  const rank = (p: MapPath) => (p.actor === hover ? 0 : p.chosen ? 1 : 2);
  return paths.filter((p) => labelAll || p.chosen || p.actor === hover).sort((a, b) => rank(a) - rank(b));
}
