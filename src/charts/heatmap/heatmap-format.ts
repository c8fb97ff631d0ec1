// Words and numbers for a heatmap cell: the details panel, the cells' accessible names and
// the table alternative say the same thing. Values to 2 decimals; intervals are 95%.
import type { Interval } from '../../analysis/interval';
import { MIN_SHARED_ISSUES } from '../../analysis/pair-kernel';
import type { HeatmapCell } from './heatmap-model';

/** 0.8333 -> "0.83"; undefined -> "–" (no value, never 0). */
export function formatValue(value: number | undefined): string {
  if (value === undefined) return '–';
  const text = value.toFixed(2);
  return text === '-0.00' ? '0.00' : text;
}

/** "0.44 to 0.97"; undefined -> "no interval". */
export function formatInterval(interval: Interval | undefined): string {
  return interval ? `${formatValue(interval.low)} to ${formatValue(interval.high)}` : 'no interval';
}

export function sharedIssues(n: number): string {
  return `${n} shared ${n === 1 ? 'issue' : 'issues'}`;
}

/** The caveats of a cell, in words; empty when there is none. */
export function cellFlags(cell: HeatmapCell): string[] {
  const flags: string[] = [];
  if (cell.insufficient) flags.push(`insufficient: fewer than ${MIN_SHARED_ISSUES} shared issues`);
  if (cell.jointOnly) flags.push('rests only on joint statements both signed');
  if (cell.kind === 'pair' && cell.n > 0 && cell.chanceCorrected === undefined) {
    flags.push('no chance-corrected value: the whole room holds one position on the shared issues');
  }
  return flags;
}

/** One line for a cell: its accessible name. */
export function describeCell(cell: HeatmapCell, nameOf: (code: string) => string): string {
  const a = nameOf(cell.row);
  const b = nameOf(cell.col);
  if (cell.kind === 'self') return `${a}: the diagonal`;
  if (cell.kind === 'absent') return `${a} and ${b}: not both positioned in this window`;
  if (cell.n === 0) return `${a} and ${b}: no shared issue`;
  const flags = cellFlags(cell);
  return `${a} and ${b}: A ${formatValue(cell.agreement)}, CA ${formatValue(cell.chanceCorrected)}, n ${cell.n}${flags.length ? `; ${flags.join('; ')}` : ''}`;
}
