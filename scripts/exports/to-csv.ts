// Rows -> CSV text (RFC 4180 quoting by papaparse), always with \n line ends.
import Papa from 'papaparse';

/** Rows unparsed at a time in a large export, so that its text is never held whole. */
const ROWS_PER_PIECE = 2000;

export function toCsv(rows: string[][]): string {
  return Papa.unparse(rows, { newline: '\n', quotes: false }) + '\n';
}

/** toCsv of the rows in pieces, made as the rows come (each field is quoted on its own, so
 *  the pieces join to the same text). */
export function* csvText(rows: Iterable<string[]>): Generator<string> {
  let piece: string[][] = [];
  for (const row of rows) {
    piece.push(row);
    if (piece.length === ROWS_PER_PIECE) {
      yield toCsv(piece);
      piece = [];
    }
  }
  if (piece.length > 0) yield toCsv(piece);
}
