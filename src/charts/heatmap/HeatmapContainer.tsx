// The agreement heatmap's container: a d3 band scale for rows and columns, the colour scale
// (agreementColour on CA), the layout, hover, click and keyboard (one tab stop, arrow keys
// move between cells), and the details panel of the cell in focus or under the pointer.
import { scaleBand } from 'd3-scale';
import { pairOf, type AgreementMatrix } from '../../analysis/agreement-matrix';
import { useCallback, useId, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { agreementColour } from '../palette';
import { HeatmapDetails } from './HeatmapDetails';
import { CANVAS_CELLS_ABOVE, cellAtPoint, paintCells } from './heatmap-canvas';
import type { HeatmapCell, HeatmapModel } from './heatmap-model';
import { HeatmapRender, NO_VALUE_FILL, SELF_FILL, type CellAt, type HeatmapLayout } from './HeatmapRender';

export interface HeatmapContainerProps {
  model: HeatmapModel;
  nameOf: (code: string) => string; // keep it stable (useCallback): rows compare it
  label: string; // the grid's accessible name
  maxGrid?: number; // the grid's largest side in px, default 720
  actions?: (cell: HeatmapCell) => ReactNode; // shown under the details of a pair
  // When the model was built from point estimates (model.intervalsPending): the same window's
  // complete matrix, once computed; the details take the intervals from it.
  complete?: AgreementMatrix;
}

// CA -> colour, memoised: a large matrix has 37 000 cells but far fewer distinct values, and
// the scale formats a CSS colour string each time. Emptied beyond FILL_MEMO_SIZE values.
const fillMemo = new Map<number, string>();
const FILL_MEMO_SIZE = 20000;

/** Colour of a cell: CA on the diverging agreement scale; grey where there is no value. */
export function cellFill(cell: HeatmapCell): string {
  if (cell.kind === 'self') return SELF_FILL;
  if (cell.kind === 'absent' || cell.chanceCorrected === undefined) return NO_VALUE_FILL;
  let colour = fillMemo.get(cell.chanceCorrected);
  if (colour === undefined) {
    if (fillMemo.size >= FILL_MEMO_SIZE) fillMemo.clear();
    colour = agreementColour(cell.chanceCorrected);
    fillMemo.set(cell.chanceCorrected, colour);
  }
  return colour;
}

const MIN_STEP = 4;
const MAX_STEP = 26;
const LEGEND_HEIGHT = 58;
const MIN_WIDTH = 520; // room for the legend

export function heatmapLayout(model: HeatmapModel, maxGrid: number): Omit<HeatmapLayout, 'offset'> & { count: number } {
  const count = model.axis.length;
  const step = Math.max(MIN_STEP, Math.min(MAX_STEP, Math.floor(maxGrid / Math.max(1, count))));
  const gap = step >= 6 ? 1 : 0;
  const fontSize = Math.min(12, step - 2);
  const showLabels = step >= 8;
  const longest = model.axis.reduce((m, a) => Math.max(m, a.code.length), 0);
  const labelSpace = showLabels ? Math.ceil(longest * fontSize * 0.68) + 8 : 8;
  const grid = count * step;
  const legendTop = labelSpace + grid + 16;
  return {
    count,
    left: labelSpace,
    top: labelSpace,
    step,
    gap,
    fontSize,
    showLabels,
    width: Math.max(MIN_WIDTH, labelSpace + grid + 8),
    height: legendTop + LEGEND_HEIGHT,
    legendTop,
  };
}

const MOVES: Record<string, (at: CellAt, last: number) => CellAt> = {
  ArrowRight: (at, last) => ({ r: at.r, c: Math.min(last, at.c + 1) }),
  ArrowLeft: (at) => ({ r: at.r, c: Math.max(0, at.c - 1) }),
  ArrowDown: (at, last) => ({ r: Math.min(last, at.r + 1), c: at.c }),
  ArrowUp: (at) => ({ r: Math.max(0, at.r - 1), c: at.c }),
  Home: (at) => ({ r: at.r, c: 0 }),
  End: (at, last) => ({ r: at.r, c: last }),
  PageDown: (at, last) => ({ r: Math.min(last, at.r + 10), c: at.c }),
  PageUp: (at) => ({ r: Math.max(0, at.r - 10), c: at.c }),
};

function cellAt(target: EventTarget): { at: CellAt; row: string; col: string } | null {
  const el = target as Element;
  const r = el.getAttribute?.('data-r');
  const c = el.getAttribute?.('data-c');
  if (r === null || c === null || r === undefined || c === undefined) return null;
  return { at: { r: Number(r), c: Number(c) }, row: el.getAttribute('data-row') ?? '', col: el.getAttribute('data-col') ?? '' };
}

export function HeatmapContainer({ model, nameOf, label, maxGrid = 720, actions, complete }: HeatmapContainerProps) {
  const uid = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const ids = useMemo(() => ({ hatch: `hatch-${uid}`, gradient: `ramp-${uid}` }), [uid]);
  const gridRef = useRef<SVGGElement>(null);
  const [hover, setHover] = useState<CellAt | null>(null);
  // The pair picked by focus or click, by code, so it survives a replay step.
  const [picked, setPicked] = useState<{ row: string; col: string } | null>(null);

  const sized = heatmapLayout(model, maxGrid);
  const { count, step } = sized;
  const offset = useMemo(() => {
    const band = scaleBand<number>().domain(Array.from({ length: count }, (_, i) => i)).range([0, count * step]);
    return (i: number) => band(i) ?? 0;
  }, [count, step]);
  const layout: HeatmapLayout = { ...sized, offset };

  const indexOf = useMemo(() => new Map(model.axis.map((a, i) => [a.code as string, i])), [model.axis]);
  const pickedAt: CellAt | null = picked && indexOf.has(picked.row) && indexOf.has(picked.col)
    ? { r: indexOf.get(picked.row)!, c: indexOf.get(picked.col)! }
    : null;
  const anchor = pickedAt ?? { r: 0, c: 0 };
  const hoverAt = hover && hover.r < count && hover.c < count ? hover : null;
  const highlight = hoverAt ?? pickedAt;
  const shownCell = highlight ? (model.cellAt(highlight.r, highlight.c) ?? null) : null;
  const cell = shownCell && model.intervalsPending && complete ? withIntervalOf(shownCell, complete) : shownCell;
  const intervalPending = model.intervalsPending === true && !complete;

  const onMouseOver = useCallback((e: MouseEvent<SVGGElement>) => {
    const hit = cellAt(e.target);
    if (hit) setHover((h) => (h && h.r === hit.at.r && h.c === hit.at.c ? h : hit.at));
  }, []);
  const onMouseLeave = useCallback(() => setHover(null), []);
  const pick = useCallback((e: FocusEvent<SVGGElement> | MouseEvent<SVGGElement>) => {
    const hit = cellAt(e.target);
    if (hit) setPicked((p) => (p && p.row === hit.row && p.col === hit.col ? p : { row: hit.row, col: hit.col }));
  }, []);
  // A large matrix is one picture with one focusable cell: the keys move that cell, the
  // pointer is placed on the picture by its coordinates.
  const large = count > CANVAS_CELLS_ABOVE;
  const picture = useMemo(
    () => (large ? { paint: (canvas: HTMLCanvasElement) => void paintCells(canvas, model, { step, gap: sized.gap, offset }, cellFill) } : null),
    [large, model, step, sized.gap, offset],
  );
  const pointAt = useCallback(
    (e: MouseEvent<SVGGElement>): CellAt | null => {
      const image = gridRef.current?.querySelector('.heatmap-picture');
      if (!image) return null;
      const box = image.getBoundingClientRect();
      return cellAtPoint(count, { left: box.left, top: box.top, width: box.width, height: box.height }, e.clientX, e.clientY);
    },
    [count],
  );
  const onMouseMove = useCallback(
    (e: MouseEvent<SVGGElement>) => {
      const at = pointAt(e);
      if (at) setHover((h) => (h && h.r === at.r && h.c === at.c ? h : at));
    },
    [pointAt],
  );
  const axis = model.axis;
  const pickAt = useCallback(
    (at: CellAt) => {
      const row = axis[at.r]?.code;
      const col = axis[at.c]?.code;
      if (row && col) setPicked((p) => (p && p.row === row && p.col === col ? p : { row, col }));
    },
    [axis],
  );
  const onLargeClick = useCallback(
    (e: MouseEvent<SVGGElement>) => {
      const at = cellAt(e.target)?.at ?? pointAt(e);
      if (at) pickAt(at);
    },
    [pointAt, pickAt],
  );
  const onKeyDown = useCallback(
    (e: KeyboardEvent<SVGGElement>) => {
      const move = MOVES[e.key];
      const hit = cellAt(e.target);
      if (!move || !hit) return;
      e.preventDefault();
      const next = move(hit.at, count - 1);
      if (large) return pickAt(next);
      const el = gridRef.current?.querySelector<SVGElement>(`[data-r="${next.r}"][data-c="${next.c}"]`);
      el?.focus();
    },
    [count, large, pickAt],
  );

  if (count === 0) return null;
  return (
    <div className="heatmap-layout">
      <div className="heatmap-scroll">
        <HeatmapRender
          model={model}
          layout={layout}
          fill={cellFill}
          nameOf={nameOf}
          anchor={anchor}
          highlight={highlight}
          ids={ids}
          label={label}
          gridRef={gridRef}
          onMouseOver={onMouseOver}
          onMouseLeave={onMouseLeave}
          onFocus={pick}
          onClick={large ? onLargeClick : pick}
          onKeyDown={onKeyDown}
          onMouseMove={large ? onMouseMove : undefined}
          picture={picture}
        />
      </div>
      <HeatmapDetails cell={cell} nameOf={nameOf} actions={actions} intervalPending={intervalPending} />
    </div>
  );
}

/** A cell of a model built from point estimates, with its pair's interval from the complete matrix. */
function withIntervalOf(cell: HeatmapCell, complete: AgreementMatrix): HeatmapCell {
  if (cell.kind !== 'pair') return cell;
  return { ...cell, chanceCorrectedInterval: pairOf(complete, cell.row, cell.col)?.chanceCorrectedInterval };
}
