// The documents of the record: what each is, when, and how much it contributes.
import { useMemo } from 'react';
import { Link } from 'wouter';
import type { DatasetIndex } from '../../shared/dataset-index';
import { ExportCsvButton } from '../../components/ExportCsvButton';
import { formatDate, sessionLabel } from '../../components/format';
import { documentCsvRows, documentRows, KIND_LABELS } from './documents-model';
import { documentHref } from './statement-href';
import { useVirtualRows } from '../../components/VirtualRows';

export function SourceDocuments({ index }: { index: DatasetIndex }) {
  const rows = useMemo(() => documentRows(index), [index]);
  const table = useVirtualRows(rows.length, 7, (i, rowProps) => {
    const r = rows[i]!;
    return (
      <tr key={r.document.id} data-document={r.document.id} {...rowProps}>
        <td>
          <Link href={documentHref(r.document.id)}>{r.document.title}</Link>
        </td>
        <td>{KIND_LABELS[r.document.kind]}</td>
        <td>{formatDate(r.document.date)}</td>
        <td>{sessionLabel(index, r.document.session)}</td>
        <td className="num">{r.statements}</td>
        <td className="num">{r.stances}</td>
        <td className="file-name">{r.document.file}</td>
      </tr>
    );
  });
  return (
    <section aria-labelledby="source-documents-heading">
      <h2 id="source-documents-heading">Documents ({rows.length})</h2>
      {rows.length === 0 ? (
        <p className="status">The dataset holds no documents yet.</p>
      ) : (
        <>
          <div className="toolbar">
            <ExportCsvButton fileName="common-ground-documents.csv" rows={() => documentCsvRows(index, rows)} label="Export documents (CSV)" />
          </div>
          <div className={table.virtual ? 'table-scroll virtual-scroll' : 'table-scroll'} ref={table.scrollRef} tabIndex={table.virtual ? 0 : undefined} aria-labelledby={table.virtual ? 'source-documents-heading' : undefined} role={table.virtual ? 'region' : undefined}>
            <table aria-labelledby="source-documents-heading" data-testid="source-documents" {...table.tableProps}>
              <thead>
                <tr aria-rowindex={table.virtual ? 1 : undefined}>
                  <th scope="col">Title</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Date</th>
                  <th scope="col">Session</th>
                  <th scope="col" className="num">Statements</th>
                  <th scope="col" className="num">Stances</th>
                  <th scope="col">File</th>
                </tr>
              </thead>
              <tbody>{table.body}</tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
