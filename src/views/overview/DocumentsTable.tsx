import { memo, useMemo } from 'react';
import type { DatasetIndex } from '../../shared/dataset-index';
import { formatDate, sessionLabel } from '../../components/format';
import { useVirtualRows } from '../../components/VirtualRows';

// Memoised on the dataset: filters change often, the record does not.
export const DocumentsTable = memo(function DocumentsTable({ index }: { index: DatasetIndex }) {
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const s of index.dataset.statements) m.set(s.document, (m.get(s.document) ?? 0) + 1);
    return m;
  }, [index]);
  const documents = index.dataset.documents;
  const table = useVirtualRows(documents.length, 5, (i, rowProps) => {
    const d = documents[i]!;
    return (
      <tr key={d.id} data-document={d.file} {...rowProps}>
        <td>
          {d.title}
          <div className="muted small">{d.file}</div>
        </td>
        <td>{d.kind}</td>
        <td>{formatDate(d.date)}</td>
        <td>{sessionLabel(index, d.session)}</td>
        <td className="num">{counts.get(d.id) ?? 0}</td>
      </tr>
    );
  }, { estimate: 52 });
  return (
    <>
      <h2 id="documents-heading">Documents ({index.dataset.documents.length})</h2>
      <div className={table.virtual ? 'table-scroll virtual-scroll' : 'table-scroll'} ref={table.scrollRef} tabIndex={table.virtual ? 0 : undefined} aria-labelledby={table.virtual ? 'documents-heading' : undefined} role={table.virtual ? 'region' : undefined}>
      <table aria-labelledby="documents-heading" data-testid="document-list" {...table.tableProps}>
        <thead>
          <tr aria-rowindex={table.virtual ? 1 : undefined}>
            <th scope="col">Document</th>
            <th scope="col">Kind</th>
            <th scope="col">Date</th>
            <th scope="col">Session</th>
            <th scope="col" className="num">Statements</th>
          </tr>
        </thead>
        <tbody>{table.body}</tbody>
      </table>
      </div>
    </>
  );
});
