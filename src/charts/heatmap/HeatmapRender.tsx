// Draws the agreement heatmap: column and row labels, one memoised row per delegation, the
// highlight of the cell in focus or under the pointer, and the legend. Only draws; the
// container owns the scales, the layout, hover and keyboard.
import { memo, useLayoutEffect, useRef, type FocusEvent, type KeyboardEvent, type MouseEvent, type Ref } from 'react';
import { agreementColour } from '../palette';
import { describeCell } from './heatmap-format';
import { HeatmapCellRect } from './HeatmapCellRect';
import { sameRow, type HeatmapCell, type HeatmapModel, type HeatmapRow } from './heatmap-model';

export interface HeatmapLayout {
  readonly left: number; // row labels' width
  readonly top: number; // column labels' height
  readonly step: number; // one cell's pitch in px
  readonly gap: number; // white space between cells
  readonly fontSize: number;
  readonly showLabels: boolean; // codes on the axes; off when cells are too small to read them
  readonly width: number;
  readonly height: number; // including the legend
  readonly legendTop: number;
  readonly offset: (index: number) => number; // band start of row or column `index`, in grid px
}

export interface CellAt {
  readonly r: number;
  readonly c: number;
}

export interface HeatmapRenderProps {
  model: HeatmapModel;
  layout: HeatmapLayout;
  fill: (cell: HeatmapCell) => string;
  nameOf: (code: string) => string;
  anchor: CellAt; // the cell in the tab order
  highlight: CellAt | null; // hovered or focused
  ids: { hatch: string; gradient: string };
  label: string; // the grid's accessible name
  gridRef?: Ref<SVGGElement>;
  onMouseOver?: (e: MouseEvent<SVGGElement>) => void;
  onMouseLeave?: () => void;
  onFocus?: (e: FocusEvent<SVGGElement>) => void;
  onKeyDown?: (e: KeyboardEvent<SVGGElement>) => void;
  onClick?: (e: MouseEvent<SVGGElement>) => void;
  onMouseMove?: (e: MouseEvent<SVGGElement>) => void;
  // A large matrix: the cells as one picture, painted on a canvas in the SVG, and one
  // focusable cell at `anchor` instead of one element per cell.
  picture?: { paint: (canvas: HTMLCanvasElement) => void } | null;
}

export const NO_VALUE_FILL = '#e6e6e6';
export const SELF_FILL = '#bdbdbd';

export function HeatmapRender(props: HeatmapRenderProps) {
  const { model, layout, fill, nameOf, anchor, highlight, ids, label, gridRef } = props;
  const { left, top, step, gap, fontSize, showLabels, width, height } = layout;
  return (
    <svg
      className="heatmap"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      data-testid="heatmap"
      role="group"
      aria-label={label}
    >
      <defs>
        <pattern id={ids.hatch} patternUnits="userSpaceOnUse" width="4" height="4" patternTransform="rotate(45)">
          <line x1="0" y1="0" x2="0" y2="4" stroke="#333333" strokeWidth="1.4" />
        </pattern>
        <linearGradient id={ids.gradient} x1="0" x2="1" y1="0" y2="0">
          {[-1, -0.5, 0, 0.5, 1].map((v) => (
            <stop key={v} offset={`${((v + 1) / 2) * 100}%`} stopColor={agreementColour(v)} />
          ))}
        </linearGradient>
      </defs>
      {showLabels && (
        <g className="heatmap-labels" fontSize={fontSize} aria-hidden="true">
          {model.axis.map((a, i) => (
            <text
              key={`c-${a.code}`}
              transform={`translate(${left + layout.offset(i) + step / 2 + fontSize / 3}, ${top - 4}) rotate(-90)`}
              fontWeight={highlight?.c === i ? 700 : 400}
            >
              {a.code}
              <title>{a.name}</title>
            </text>
          ))}
          {model.axis.map((a, i) => (
            <text
              key={`r-${a.code}`}
              x={left - 4}
              y={top + layout.offset(i) + step / 2 + fontSize / 3}
              textAnchor="end"
              fontWeight={highlight?.r === i ? 700 : 400}
            >
              {a.code}
              <title>{a.name}</title>
            </text>
          ))}
        </g>
      )}
      <g
        ref={gridRef}
        role="grid"
        aria-label={label}
        aria-rowcount={model.axis.length}
        aria-colcount={model.axis.length}
        transform={`translate(${left}, ${top})`}
        onMouseOver={props.onMouseOver}
        onMouseLeave={props.onMouseLeave}
        onFocus={props.onFocus}
        onKeyDown={props.onKeyDown}
        onClick={props.onClick}
        onMouseMove={props.onMouseMove}
      >
        {props.picture && (
          <>
            <foreignObject
              x={0}
              y={0}
              width={model.axis.length * step}
              height={model.axis.length * step}
              className="heatmap-picture"
              data-testid="heatmap-picture"
              aria-hidden="true"
            >
              <PictureCanvas paint={props.picture.paint} />
            </foreignObject>
            <FocusCell model={model} at={anchor} x={layout.offset(anchor.c)} y={layout.offset(anchor.r)} size={step - gap} nameOf={nameOf} />
          </>
        )}
        {!props.picture && model.rows.map((row, r) => (
          <HeatmapRowGroup
            key={row.actor}
            row={row}
            r={r}
            y={layout.offset(r)}
            step={step}
            gap={gap}
            offset={layout.offset}
            fill={fill}
            nameOf={nameOf}
            hatchId={ids.hatch}
            tabbableCol={anchor.r === r ? anchor.c : -1}
          />
        ))}
        {highlight && (
          <g pointerEvents="none" aria-hidden="true" data-testid="heatmap-highlight">
            <rect
              x={layout.offset(highlight.c) - 1}
              y={layout.offset(highlight.r) - 1}
              width={step - gap + 2}
              height={step - gap + 2}
              fill="none"
              stroke="#000000"
              strokeWidth={2}
            />
            <rect
              x={layout.offset(highlight.c) + 1}
              y={layout.offset(highlight.r) + 1}
              width={Math.max(0, step - gap - 2)}
              height={Math.max(0, step - gap - 2)}
              fill="none"
              stroke="#ffffff"
              strokeWidth={1}
            />
          </g>
        )}
      </g>
      <HeatmapLegend top={layout.legendTop} left={8} ids={ids} />
    </svg>
  );
}

interface RowProps {
  row: HeatmapRow;
  r: number;
  y: number;
  step: number;
  gap: number;
  offset: (index: number) => number;
  fill: (cell: HeatmapCell) => string;
  nameOf: (code: string) => string;
  hatchId: string;
  tabbableCol: number; // -1: no cell of this row is in the tab order
}

/** The canvas of a large matrix's picture, painted before the browser shows it. */
function PictureCanvas({ paint }: { paint: (canvas: HTMLCanvasElement) => void }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    if (ref.current) paint(ref.current);
  }, [paint]);
  return <canvas ref={ref} style={{ display: 'block' }} />;
}

/**
 * The one focusable cell of a large matrix (the grid's roving tab stop), over the picture at
 * the anchor: keyed once, so focus stays on it while the arrow keys move it.
 */
function FocusCell({ model, at, x, y, size, nameOf }: { model: HeatmapModel; at: CellAt; x: number; y: number; size: number; nameOf: (code: string) => string }) {
  const cell = model.cellAt(at.r, at.c);
  if (!cell) return null;
  return (
    <g role="row" aria-rowindex={at.r + 1} data-row={cell.row} key="focus-row">
      <rect
        role="gridcell"
        aria-colindex={at.c + 1}
        className="heatmap-cell heatmap-focus-cell"
        data-r={at.r}
        data-c={at.c}
        data-row={cell.row}
        data-col={cell.col}
        x={x}
        y={y}
        width={size}
        height={size}
        fill="transparent"
        tabIndex={0}
        aria-label={describeCell(cell, nameOf)}
      />
    </g>
  );
}

function RowGroup({ row, r, y, step, gap, offset, fill, nameOf, hatchId, tabbableCol }: RowProps) {
  return (
    <g role="row" aria-rowindex={r + 1} data-row={row.actor}>
      {row.cells.map((cell, c) => (
        <HeatmapCellRect
          key={cell.col}
          cell={cell}
          r={r}
          c={c}
          x={offset(c)}
          y={y}
          size={step - gap}
          fill={fill(cell)}
          label={describeCell(cell, nameOf)}
          tabbable={tabbableCol === c}
          hatchId={hatchId}
        />
      ))}
    </g>
  );
}

/**
 * A replay step re-renders only the rows whose cells changed: rows are compared cell for
 * cell (sameRow), the rest of the props by identity or value.
 */
export const HeatmapRowGroup = memo(
  RowGroup,
  (prev, next) =>
    prev.r === next.r &&
    prev.y === next.y &&
    prev.step === next.step &&
    prev.gap === next.gap &&
    prev.offset === next.offset &&
    prev.fill === next.fill &&
    prev.nameOf === next.nameOf &&
    prev.hatchId === next.hatchId &&
    prev.tabbableCol === next.tabbableCol &&
    sameRow(prev.row, next.row),
);

function HeatmapLegend({ top, left, ids }: { top: number; left: number; ids: { hatch: string; gradient: string } }) {
  const bar = 200;
  const swatch = 12;
  const x2 = bar + 36;
  return (
    <g className="heatmap-legend" transform={`translate(${left}, ${top})`} fontSize={11} data-testid="heatmap-legend">
      <text x={0} y={10} fontWeight={700}>
        Chance-corrected agreement (CA)
      </text>
      <rect x={0} y={16} width={bar} height={10} fill={`url(#${ids.gradient})`} stroke="#767676" strokeWidth={0.5} />
      {[-1, 0, 1].map((v) => (
        <line key={v} x1={((v + 1) / 2) * bar} x2={((v + 1) / 2) * bar} y1={26} y2={30} stroke="#333333" />
      ))}
      <text x={0} y={42}>−1 disagree</text>
      <text x={bar / 2} y={42} textAnchor="middle">
        0 chance
      </text>
      <text x={bar} y={42} textAnchor="end">
        +1 agree
      </text>
      <g transform={`translate(${x2}, 0)`}>
        <rect x={0} y={2} width={swatch} height={swatch} fill={agreementColour(0.6)} fillOpacity={0.5} />
        <rect x={0} y={2} width={swatch} height={swatch} fill={`url(#${ids.hatch})`} />
        <text x={swatch + 5} y={12}>
          fewer than 3 shared issues (insufficient)
        </text>
        <rect x={0} y={20} width={swatch} height={swatch} fill={agreementColour(0.6)} />
        <circle cx={swatch / 2} cy={26} r={2.2} fill="#ffffff" />
        <text x={swatch + 5} y={30}>
          joint statements only
        </text>
        <rect x={0} y={38} width={swatch} height={swatch} fill={NO_VALUE_FILL} stroke="#767676" strokeWidth={0.5} />
        <text x={swatch + 5} y={48}>
          no shared issue or no value
        </text>
      </g>
    </g>
  );
}
