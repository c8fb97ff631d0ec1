// Pair trends (PairTrend) -> TrendRow for the converging and diverging tables: the change in
// CA with its interval and, from each window's matrix, the number of shared issues n.
import { pairOf, type AgreementMatrix } from '../../analysis/agreement-matrix';
import type { Interval } from '../../analysis/interval';
import type { PairTrend, PairTrends } from '../../analysis/pair-trends';
import { windowLabel } from '../../analysis/session-window';
import type { ActorCode } from '../../shared/ids';
import { formatNumber } from '../../analysis/agreement-csv';

export interface TrendRow {
  readonly a: ActorCode;
  readonly b: ActorCode;
  readonly nameA: string;
  readonly nameB: string;
  readonly before: number; // CA in the earlier window
  readonly after: number;
  readonly change: number; // after - before
  readonly interval: Interval | undefined; // 95%, paired bootstrap over issues
  readonly significant: boolean; // the interval excludes 0
  readonly insufficient: boolean; // fewer than 3 shared issues in either window
  readonly nBefore: number; // shared issues in the earlier window
  readonly nAfter: number;
}

export interface TrendRowOptions {
  readonly keep: (code: string) => boolean; // both delegations must pass
  readonly thin: boolean; // include insufficient pairs
  readonly limit: number;
  readonly nameOf: (code: string) => string;
}

/** The first `limit` converging (or diverging) pairs passing the filter, largest change first. */
export function trendRows(
  trends: PairTrends,
  direction: 'converging' | 'diverging',
  matrices: { before: AgreementMatrix; after: AgreementMatrix },
  options: TrendRowOptions,
): TrendRow[] {
  const rows: TrendRow[] = [];
  for (const t of trends[direction]) {
    if (rows.length >= options.limit) break;
    if (!options.keep(t.a) || !options.keep(t.b)) continue;
    if (t.insufficient && !options.thin) continue;
    rows.push(row(t, matrices, options.nameOf));
  }
  return rows;
}

function row(t: PairTrend, matrices: { before: AgreementMatrix; after: AgreementMatrix }, nameOf: (code: string) => string): TrendRow {
  return {
    a: t.a,
    b: t.b,
    nameA: nameOf(t.a),
    nameB: nameOf(t.b),
    before: t.before,
    after: t.after,
    change: t.change,
    interval: t.interval,
    significant: t.significant,
    insufficient: t.insufficient,
    nBefore: pairOf(matrices.before, t.a, t.b)?.shared ?? 0,
    nAfter: pairOf(matrices.after, t.a, t.b)?.shared ?? 0,
  };
}

/** The table as CSV rows, header first. */
export function trendCsvRows(rows: readonly TrendRow[], trends: Pick<PairTrends, 'before' | 'after'>): string[][] {
  const header = [
    'before_window', 'after_window', 'actor_a', 'actor_b', 'ca_before', 'ca_after', 'change', 'change_low', 'change_high',
    'shared_issues_before', 'shared_issues_after', 'interval_excludes_zero', 'insufficient',
  ];
  return [
    header,
    ...rows.map((r) => [
      windowLabel(trends.before), windowLabel(trends.after), r.a, r.b, formatNumber(r.before), formatNumber(r.after),
      formatNumber(r.change), formatNumber(r.interval?.low), formatNumber(r.interval?.high), String(r.nBefore),
      String(r.nAfter), String(r.significant), String(r.insufficient),
    ]),
  ];
}
