// The CSV exports written beside dataset.json, as [file name, content] pairs; each content is
// made only when asked, so the build holds one big file in memory at a time.
import type { Dataset } from '../../src/shared/dataset-schema';
import { stanceRows } from './stances-csv';
import { statementRows } from './statements-csv';
import { toCsv } from './to-csv';
import { agreementCsvRows } from '../../src/analysis/agreement-csv';
import { agreementMatrices } from './agreement-windows';

export function exportsOf(dataset: Dataset): [string, () => string][] {
  return [
    ['statements.csv', () => toCsv(statementRows(dataset))],
    ['stances.csv', () => toCsv(stanceRows(dataset))],
    ['agreement.csv', () => toCsv(agreementCsvRows(agreementMatrices(dataset)))],
  ];
}
