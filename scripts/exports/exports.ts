// The CSV exports written beside dataset.json, as [file name, content] pairs; each content is
// made only when asked, so the build holds one big file in memory at a time.
import type { Dataset } from '../../src/shared/dataset-schema';
import { stanceRows } from './stances-csv';
import { statementRows } from './statements-csv';
import { toCsv } from './to-csv';
import { agreementCsv, agreementSourceOf } from './agreement-windows';

export interface ExportOptions {
  /** agreement.csv, by default made in this thread (build-data.ts makes it in a worker). */
  agreementCsv?: () => string | Promise<string>;
}

export function exportsOf(dataset: Dataset, options: ExportOptions = {}): [string, () => string | Promise<string>][] {
  return [
    ['statements.csv', () => toCsv(statementRows(dataset))],
    ['stances.csv', () => toCsv(stanceRows(dataset))],
    ['agreement.csv', options.agreementCsv ?? (() => agreementCsv(agreementSourceOf(dataset)))],
  ];
}
