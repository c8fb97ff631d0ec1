// The documents of the record as table rows (and as the CSV behind the table).
import type { BuildWarning, DatasetDocument } from '../../shared/dataset-schema';
import type { DocumentMeta } from '../../shared/client-dataset';
import type { DatasetIndex } from '../../shared/dataset-index';
import { sessionLabel } from '../../components/format';

export interface DocumentRow {
  document: DocumentMeta;
  statements: number;
  stances: number;
}

/** Every document in dataset order with its number of statements and stances. */
export function documentRows(index: DatasetIndex): DocumentRow[] {
  const statements = new Map<string, number>();
  const stances = new Map<string, number>();
  for (const s of index.dataset.statements) statements.set(s.document, (statements.get(s.document) ?? 0) + 1);
  for (const s of index.dataset.stances) stances.set(s.document, (stances.get(s.document) ?? 0) + 1);
  return index.dataset.documents.map((d) => ({ document: d, statements: statements.get(d.id) ?? 0, stances: stances.get(d.id) ?? 0 }));
}

export function documentCsvRows(index: DatasetIndex, rows: readonly DocumentRow[]): (string | number | null)[][] {
  return [
    ['id', 'title', 'kind', 'date', 'session', 'statements', 'stances', 'file', 'url'],
    ...rows.map((r) => [r.document.id, r.document.title, r.document.kind, r.document.date, r.document.session ? sessionLabel(index, r.document.session) : null, r.statements, r.stances, r.document.file, r.document.url]),
  ];
}

/** "data/raw/x.txt:212: unknown speaker" (line 0: the whole file, no line number). */
export function warningText(w: BuildWarning): string {
  return w.line > 0 ? `${w.file}:${w.line}: ${w.message}` : `${w.file}: ${w.message}`;
}

export const KIND_LABELS: Record<DatasetDocument['kind'], string> = {
  statement: 'Statement',
  'joint-statement': 'Joint statement',
  'session-report': 'Session report',
  transcript: 'Transcript',
  report: 'Report',
};
