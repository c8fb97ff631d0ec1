import { describe, expect, it } from 'vitest';
import { AGREEMENT_CSV_HEADER, agreementCsvRows, formatNumber } from '../../src/analysis/agreement-csv';
import { agreementMatrix } from '../../src/analysis/agreement-matrix';
import { observationsFromDataset } from '../../src/analysis/observations';
import { sessionWindow } from '../../src/analysis/session-window';
import { positionsInWindow } from '../../src/analysis/window-positions';
import { dataset, format, lbi, stance, statement, veto } from './fixtures';

const data = dataset({
  statements: [statement('joint#1', ['FRA', 'DEU']), statement('usa#1', ['USA']), statement('chn#1', ['CHN']), statement('bra#1', ['BRA'])],
  stances: [
    ...[lbi, veto, format].map((issue) => stance('joint#1', ['FRA', 'DEU'], issue, issue === format ? 'hybrid' : 'oppose')),
    ...[lbi, veto, format].map((issue) => stance('usa#1', ['USA'], issue, issue === format ? 'hybrid' : 'oppose')),
    ...[lbi, veto, format].map((issue) => stance('chn#1', ['CHN'], issue, issue === format ? 'in-person' : 'support')),
    stance('bra#1', ['BRA'], veto, 'support'),
  ],
});
const issues = [lbi, veto, format];
const observations = observationsFromDataset(data);
const matrices = [sessionWindow(1, 1), sessionWindow(0, 3)].map((w) => agreementMatrix(positionsInWindow(observations, w), issues));
const rows = agreementCsvRows(matrices);

describe('agreementCsvRows(matrices)', () => {
  it('starts with exactly the agreed header', () => {
    expect(rows[0]).toEqual([
      'window', 'actor_a', 'actor_b', 'shared_issues', 'agreement', 'agreement_low', 'agreement_high',
      'chance_corrected', 'ci_low', 'ci_high', 'joint_only',
    ]);
    expect(rows[0]).toEqual([...AGREEMENT_CSV_HEADER]);
  });

  it('gives one row per window and pair, windows in the order given, then actor_a < actor_b', () => {
    const keys = rows.slice(1).map((r) => `${r[0]} ${r[1]} ${r[2]}`);
    expect(keys.slice(0, 4)).toEqual(['S1-S1 BRA CHN', 'S1-S1 BRA DEU', 'S1-S1 BRA FRA', 'S1-S1 BRA USA']);
    expect(keys).toHaveLength(2 * 10);
    expect(keys[10]).toBe('S0-S3 BRA CHN');
    for (const r of rows.slice(1)) expect(r[1]! < r[2]!).toBe(true);
  });

  it('writes numbers rounded to 4 decimals, empty strings for undefined and joint_only as true / false', () => {
    const row = (a: string, b: string) => rows.find((r) => r[0] === 'S1-S1' && r[1] === a && r[2] === b)!;
    // DEU and FRA: one joint statement, agreeing on all three issues
    expect(row('DEU', 'FRA').slice(3, 5)).toEqual(['3', '1']);
    expect(row('DEU', 'FRA')[10]).toBe('true');
    expect(row('DEU', 'USA')[10]).toBe('false');
    // BRA spoke only on the veto: one shared issue with each
    expect(row('BRA', 'CHN').slice(3, 5)).toEqual(['1', '1']);
    expect(row('BRA', 'USA').slice(3, 5)).toEqual(['1', '0']);
    // every number has at most 4 decimals
    for (const r of rows.slice(1)) {
      for (const cell of r.slice(4, 10)) expect(cell === '' || /^-?\d+(\.\d{1,4})?$/.test(cell)).toBe(true);
    }
  });

  it('writes empty cells for a whole room in one position (CA undefined)', () => {
    const unanimous = dataset({
      statements: [statement('a#1', ['AAA']), statement('b#1', ['BBB'])],
      stances: [stance('a#1', ['AAA'], veto, 'oppose'), stance('b#1', ['BBB'], veto, 'oppose')],
    });
    const m = agreementMatrix(positionsInWindow(observationsFromDataset(unanimous), sessionWindow(1, 1)), issues);
    expect(agreementCsvRows([m])[1]).toEqual(['S1-S1', 'AAA', 'BBB', '1', '1', '0.2065', '1', '', '', '', 'false']);
  });
});

describe('formatNumber(value)', () => {
  it('rounds to 4 decimals without trailing zeros, never "-0", and "" for undefined', () => {
    expect(formatNumber(0.123456)).toBe('0.1235');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(-0.00001)).toBe('0');
    expect(formatNumber(-1.25)).toBe('-1.25');
    expect(formatNumber(undefined)).toBe('');
  });
});
