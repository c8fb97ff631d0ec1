// Rows -> CSV text for the "export the table" buttons.
import Papa from 'papaparse';

export function toCsv(rows: (string | number | null | undefined)[][]): string {
  return Papa.unparse(rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c)))), { newline: '\n' }) + '\n';
}
