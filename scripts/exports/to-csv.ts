// Rows -> CSV text (RFC 4180 quoting by papaparse), always with \n line ends.
import Papa from 'papaparse';

export function toCsv(rows: string[][]): string {
  return Papa.unparse(rows, { newline: '\n', quotes: false }) + '\n';
}
