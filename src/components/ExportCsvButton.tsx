import { downloadText } from './download';
import { toCsv } from './csv';

/** Exports the table behind a view, exactly as filtered on screen. */
export function ExportCsvButton({ fileName, rows, label = 'Export CSV' }: { fileName: string; rows: () => (string | number | null | undefined)[][]; label?: string }) {
  return (
    <button type="button" onClick={() => downloadText(fileName, toCsv(rows()), 'text/csv')}>
      {label}
    </button>
  );
}
