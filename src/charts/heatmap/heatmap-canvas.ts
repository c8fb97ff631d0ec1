// A large heatmap's cells drawn as one picture: above CANVAS_CELLS_ABOVE delegations (193 x
// 193 is 37 249 cells) one SVG element per cell made every replay step a second of DOM
// work. The picture is a canvas inside the SVG (a PNG made at each step cost more than the
// drawing; the exports turn it into an image: export-chart.ts); the grid stays navigable
// through one focusable cell (HeatmapRender's FocusCell).
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
 * Paints the cells of `model` on `canvas`, sized `count * step` px square; false where no
 * canvas can be drawn on (jsdom). Same colours, opacity, hatching and dots as the SVG cells.
 */
export function paintCells(canvas: HTMLCanvasElement, model: HeatmapModel, geometry: CanvasGeometry, fill: (cell: HeatmapCell) => string): boolean {
  const count = model.axis.length;
  const side = count * geometry.step;
  if (side === 0) return false;
  canvas.width = side;
  canvas.height = side;
  let ctx: CanvasRenderingContext2D | null = null;
  try {
    ctx = canvas.getContext('2d');
  } catch {
    return false; // a canvas without a 2-D context (jsdom)
  }
  if (!ctx) return false;
  const g = ctx;
  const size = geometry.step - geometry.gap;
  // Colours go straight into the pixels (setting fillStyle parses a CSS colour: 37 000
  // parses per step); the few hatched or dotted cells are drawn over them afterwards.
  const image = g.createImageData(side, side);
  // One 32-bit word per pixel, in the platform's byte order. Each row of cells is set on its
  // first line of pixels, then that line is copied down the cells' height.
  const words = new Uint32Array(image.data.buffer);
  const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
  const pack = (r: number, g: number, b: number) =>
    littleEndian ? ((255 << 24) | (b << 16) | (g << 8) | r) >>> 0 : ((r << 24) | (g << 16) | (b << 8) | 255) >>> 0;
  const wordOf = new Map<string, readonly [number, number]>(); // colour -> [full, at 50% opacity]
  const flagged: { cell: HeatmapCell; x: number; y: number; colour: string }[] = [];
  const offsets = Array.from({ length: count }, (_, i) => geometry.offset(i)); // the band scale once per index
  for (let r = 0; r < count; r++) {
    const y = offsets[r]!;
    for (let c = 0; c < count; c++) {
      const cell = model.cellAt(r, c)!;
      const x = offsets[c]!;
      const colour = fill(cell);
      let word = wordOf.get(colour);
      if (!word) {
        const rgb = parseColour(colour);
        // 50% opacity over the white page, as the SVG cell's fill-opacity
        const [red, green, blue] = rgb.map((v) => Math.round(v / 2 + 127.5));
        wordOf.set(colour, (word = [pack(rgb[0], rgb[1], rgb[2]), pack(red!, green!, blue!)]));
      }
      const value = cell.insufficient ? word[1] : word[0];
      const start = y * side + x;
      for (let dx = 0; dx < size; dx++) words[start + dx] = value;
      if (cell.insufficient || cell.jointOnly) flagged.push({ cell, x, y, colour });
    }
    for (let dy = 1; dy < size; dy++) words.copyWithin((y + dy) * side, y * side, (y + 1) * side);
  }
  g.putImageData(image, 0, 0);
  for (const { cell, x, y, colour } of flagged) {
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
  }
  return true;
}

/** "#rrggbb" or "rgb(r, g, b)" as 0-255 channels (grey for anything else). */
export function parseColour(colour: string): readonly [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  const rgb = /^rgba?\((\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)/.exec(colour);
  if (rgb) return [Math.round(Number(rgb[1])), Math.round(Number(rgb[2])), Math.round(Number(rgb[3]))];
  return [128, 128, 128];
}

/** The cell under a point of the drawn grid, or null outside it. */
export function cellAtPoint(count: number, box: { left: number; top: number; width: number; height: number }, x: number, y: number): { r: number; c: number } | null {
  if (box.width <= 0 || box.height <= 0) return null;
  const c = Math.floor(((x - box.left) / box.width) * count);
  const r = Math.floor(((y - box.top) / box.height) * count);
  return r >= 0 && c >= 0 && r < count && c < count ? { r, c } : null;
}
