// A large heatmap's cells drawn as one picture: above CANVAS_CELLS_ABOVE delegations (193 x
// 193 is 37 249 cells) one SVG element per cell made every replay step a second of DOM
// work. The picture goes into the SVG as an <image> (so the SVG and PNG exports keep it);
// the grid stays navigable through one focusable cell (HeatmapRender's FocusCell).
import { textOn } from '../palette';
import type { HeatmapCell, HeatmapModel } from './heatmap-model';

/** Above this many rows the cells are drawn on a canvas rather than as SVG elements. */
export const CANVAS_CELLS_ABOVE = 100;

export interface CanvasGeometry {
  readonly step: number; // one cell's pitch in px
  readonly gap: number; // white space between cells
  readonly offset: (index: number) => number; // band start of row or column `index`
}

/**
 * The cells of `model` as a PNG data URL (`count * step` px square), or null where no
 * canvas can be drawn (jsdom). Same colours, opacity, hatching and dots as the SVG cells.
 */
export function drawCells(model: HeatmapModel, geometry: CanvasGeometry, fill: (cell: HeatmapCell) => string): string | null {
  const count = model.axis.length;
  const side = count * geometry.step;
  if (typeof document === 'undefined' || side === 0) return null;
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side;
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = canvas.getContext('2d');
  } catch {
    return null; // a canvas without a 2-D context (jsdom)
  }
  if (!ctx) return null;
  const g = ctx;
  const size = geometry.step - geometry.gap;
  model.rows.forEach((row, r) => {
    const y = geometry.offset(r);
    row.cells.forEach((cell, c) => {
      const x = geometry.offset(c);
      const colour = fill(cell);
      g.globalAlpha = cell.insufficient ? 0.5 : 1;
      g.fillStyle = colour;
      g.fillRect(x, y, size, size);
      g.globalAlpha = 1;
      if (cell.insufficient) {
        // the hatch of the SVG cells: dark diagonals 4 px apart, clipped to the cell
        g.save();
        g.beginPath();
        g.rect(x, y, size, size);
        g.clip();
        g.strokeStyle = '#333333';
        g.lineWidth = 1;
        g.beginPath();
        for (let k = -size; k < size; k += 4) {
          g.moveTo(x + k, y + size);
          g.lineTo(x + k + size, y);
        }
        g.stroke();
        g.restore();
      }
      if (cell.jointOnly) {
        g.fillStyle = textOn(colour);
        g.beginPath();
        g.arc(x + size / 2, y + size / 2, Math.max(1, size * 0.18), 0, 2 * Math.PI);
        g.fill();
      }
    });
  });
  try {
    return canvas.toDataURL('image/png');
  } catch {
    return null;
  }
}

/** The cell under a point of the drawn grid, or null outside it. */
export function cellAtPoint(count: number, box: { left: number; top: number; width: number; height: number }, x: number, y: number): { r: number; c: number } | null {
  if (box.width <= 0 || box.height <= 0) return null;
  const c = Math.floor(((x - box.left) / box.width) * count);
  const r = Math.floor(((y - box.top) / box.height) * count);
  return r >= 0 && c >= 0 && r < count && c < count ? { r, c } : null;
}
