// The CSV exports written beside dataset.json, as [file name, content] pairs; each content is
// made only when asked, and in pieces, so the build never holds a whole big file in memory.
import type { Dataset } from '../../src/shared/dataset-schema';
import { stanceRows } from './stances-csv';
import { statementRows } from './statements-csv';
import { csvText } from './to-csv';
import { agreementCsv, agreementSourceOf } from './agreement-windows';

export interface ExportOptions {
  /** agreement.csv, by default made in this thread (build-data.ts makes it in a worker). */
  agreementCsv?: () => FileContent | Promise<FileContent>;
}

/** A file's text, whole, as pieces to write in turn, or already encoded (UTF-8). */
export type FileContent = string | Iterable<string> | Uint8Array;

export function exportsOf(dataset: Dataset, options: ExportOptions = {}): [string, () => FileContent | Promise<FileContent>][] {
  return [
    ['statements.csv', () => csvText(statementRows(dataset))],
    ['stances.csv', () => csvText(stanceRows(dataset))],
    ['agreement.csv', options.agreementCsv ?? (() => agreementCsv(agreementSourceOf(dataset)))],
  ];
}
