// Colours of positions: Okabe-Ito (colour-blind safe). Scored positions run along a
// diverging blue (+1) - grey (0) - vermillion (-1) scale; off-scale positions get their own hue.
import { scaleLinear } from 'd3-scale';
import type { Issue } from '../shared/dataset-schema';

const diverging = scaleLinear<string>().domain([-1, 0, 1]).range(['#D55E00', '#9a9a9a', '#0072B2']).clamp(true);
const OFF_SCALE = ['#CC79A7', '#009E73', '#E69F00', '#56B4E9', '#F0E442'];
const counts = scaleLinear<string>().domain([0, 6]).range(['#cfe3f3', '#08306b']).clamp(true);

export function positionColour(issue: Issue, positionId: string, value?: number | readonly [number, number] | null): string {
  if (issue.scale === 'numeric' && positionId === 'value' && value !== null && value !== undefined) {
    const v = typeof value === 'number' ? value : (value[0] + value[1]) / 2;
    return counts(v);
  }
  const position = issue.positions.find((p) => p.id === positionId);
  if (position && position.score !== null) {
    const scores = issue.positions.map((p) => p.score).filter((s): s is number => s !== null);
    const lo = Math.min(...scores);
    const hi = Math.max(...scores);
    return diverging(hi === lo ? 0 : ((position.score - lo) / (hi - lo)) * 2 - 1);
  }
  const offScale = issue.positions.filter((p) => p.score === null && p.id !== 'value');
  return OFF_SCALE[Math.max(0, offScale.findIndex((p) => p.id === positionId)) % OFF_SCALE.length]!;
}

/** Black or white, whichever reads better on `background` (WCAG relative luminance). */
export function textOn(background: string): string {
  const hex = background.replace('#', '');
  const rgb = hex.length === 6 ? [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) : parseRgb(background);
  const lin = rgb.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  const L = 0.2126 * lin[0]! + 0.7152 * lin[1]! + 0.0722 * lin[2]!;
  return (L + 0.05) / 0.05 > 1.05 / (L + 0.05) ? '#000000' : '#ffffff';
}

function parseRgb(colour: string): number[] {
  const m = /rgb\((\d+),\s*(\d+),\s*(\d+)\)/.exec(colour);
  return m ? [Number(m[1]) / 255, Number(m[2]) / 255, Number(m[3]) / 255] : [0.5, 0.5, 0.5];
}

/** Diverging colour for an agreement value in [-1, 1] (chance-corrected) or [0, 1]. */
export const agreementColour = scaleLinear<string>().domain([-1, 0, 1]).range(['#D55E00', '#f7f7f7', '#0072B2']).clamp(true);
