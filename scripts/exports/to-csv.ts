// Rows -> CSV text (RFC 4180 quoting by papaparse), always with \n line ends.
import Papa from 'papaparse';

/** Rows unparsed at a time in a large export, so that neither its rows nor its text are held whole. */
export const ROWS_PER_PIECE = 2000;

export function toCsv(rows: string[][]): string {
  return Papa.unparse(rows, { newline: '\n', quotes: false }) + '\n';
}

/** toCsv(rows) in pieces to write in turn (each field is quoted on its own, so the
 *  pieces join to the same text). */
export function* csvText(rows: readonly string[][]): Generator<string> {
  for (let i = 0; i < rows.length; i += ROWS_PER_PIECE) yield toCsv(rows.slice(i, i + ROWS_PER_PIECE));
}
