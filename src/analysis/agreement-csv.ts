// The rows of agreement.csv: one row per window and pair of delegations, for readers who
// want the numbers outside the app. The caller writes them (papaparse).
//
// Numeric policy: numbers rounded half up to 4 decimals and printed without trailing
// zeros ("0.5", "-0.1235"); an undefined value is the empty string; joint_only is "true"
// or "false". Windows are labelled "S<from>-S<to>" (session-window.ts). Rows follow the
// windows in the order given, then actor_a, then actor_b (code-unit order, actor_a <
// actor_b); every pair of delegations positioned in the window appears, even one sharing
// no issue (shared_issues 0, empty values).
import type { AgreementMatrix } from './agreement-matrix';
import type { PairAgreement } from './pair-kernel';
import { windowLabel } from './session-window';

export const AGREEMENT_CSV_HEADER = [
  'window',
  'actor_a',
  'actor_b',
  'shared_issues',
  'agreement',
  'agreement_low',
  'agreement_high',
  'chance_corrected',
  'ci_low',
  'ci_high',
  'joint_only',
] as const;

/** Header row first, then the data rows. */
export function agreementCsvRows(matrices: readonly AgreementMatrix[]): string[][] {
  const rows: string[][] = [[...AGREEMENT_CSV_HEADER]];
  for (const matrix of matrices) {
    const label = windowLabel(matrix.window);
    for (const p of matrix.pairs) rows.push(agreementCsvRow(label, p));
  }
  return rows;
}

/** The row of one pair in the window labelled `label` (windowLabel). */
export function agreementCsvRow(label: string, p: PairAgreement): string[] {
  return [
    label,
    p.a,
    p.b,
    String(p.shared),
    formatNumber(p.agreement),
    formatNumber(p.agreementInterval?.low),
    formatNumber(p.agreementInterval?.high),
    formatNumber(p.chanceCorrected),
    formatNumber(p.chanceCorrectedInterval?.low),
    formatNumber(p.chanceCorrectedInterval?.high),
    p.jointOnly ? 'true' : 'false',
  ];
}

/** Rounded to 4 decimals; "" for undefined; never "-0". */
export function formatNumber(value: number | undefined): string {
  if (value === undefined) return '';
  const rounded = Math.round(value * 1e4) / 1e4;
  return String(rounded === 0 ? 0 : rounded);
}
