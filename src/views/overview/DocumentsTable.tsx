import { memo, useMemo } from 'react';
import type { DatasetIndex } from '../../shared/dataset-index';
import { formatDate, sessionLabel } from '../../components/format';

// Memoised on the dataset: filters change often, the record does not.
export const DocumentsTable = memo(function DocumentsTable({ index }: { index: DatasetIndex }) {
  const counts = useMemo(() => {
    const m = new Map<string, number>();
    for (const s of index.dataset.statements) m.set(s.document, (m.get(s.document) ?? 0) + 1);
    return m;
  }, [index]);
  return (
    <>
      <h2 id="documents-heading">Documents ({index.dataset.documents.length})</h2>
      <div className="table-scroll">
      <table aria-labelledby="documents-heading" data-testid="document-list">
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Kind</th>
            <th scope="col">Date</th>
            <th scope="col">Session</th>
            <th scope="col" className="num">Statements</th>
          </tr>
        </thead>
        <tbody>
          {index.dataset.documents.map((d) => (
            <tr key={d.id} data-document={d.file}>
              <td>
                {d.title}
                <div className="muted small">{d.file}</div>
              </td>
              <td>{d.kind}</td>
              <td>{formatDate(d.date)}</td>
              <td>{sessionLabel(index, d.session)}</td>
              <td className="num">{counts.get(d.id) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </>
  );
});
