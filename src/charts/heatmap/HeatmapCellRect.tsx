// One cell of the agreement heatmap: a focusable grid cell, hatched when its pair shares
// too few issues, with a dot when the pair's agreement rests only on joint statements.
// Only draws: position, size and colour come from the container.
import { memo } from 'react';
import { textOn } from '../palette';
import type { HeatmapCell } from './heatmap-model';

export interface HeatmapCellRectProps {
  cell: HeatmapCell;
  r: number; // row index
  c: number; // column index
  x: number;
  y: number;
  size: number; // drawn width and height, gap already taken off
  fill: string;
  label: string; // accessible name
  tabbable: boolean; // the one cell of the grid in the tab order (roving tabindex)
  hatchId: string;
}

function CellRect({ cell, r, c, x, y, size, fill, label, tabbable, hatchId }: HeatmapCellRectProps) {
  return (
    <>
      <rect
        role="gridcell"
        className={`heatmap-cell heatmap-cell-${cell.kind}${cell.insufficient ? ' heatmap-cell-insufficient' : ''}`}
        data-r={r}
        data-c={c}
        data-row={cell.row}
        data-col={cell.col}
        x={x}
        y={y}
        width={size}
        height={size}
        fill={fill}
        fillOpacity={cell.insufficient ? 0.5 : 1}
        tabIndex={tabbable ? 0 : -1}
        aria-label={label}
      />
      {cell.insufficient && (
        <rect x={x} y={y} width={size} height={size} fill={`url(#${hatchId})`} pointerEvents="none" aria-hidden="true" />
      )}
      {cell.jointOnly && (
        <circle
          cx={x + size / 2}
          cy={y + size / 2}
          r={Math.max(1.5, size * 0.18)}
          fill={textOn(fill)}
          pointerEvents="none"
          aria-hidden="true"
          data-joint-only="true"
        />
      )}
    </>
  );
}

export const HeatmapCellRect = memo(CellRect);
