// The documents of the record: what each is, when, and how much it contributes.
import { useMemo } from 'react';
import { Link } from 'wouter';
import type { DatasetIndex } from '../../shared/dataset-index';
import { ExportCsvButton } from '../../components/ExportCsvButton';
import { formatDate, sessionLabel } from '../../components/format';
import { documentCsvRows, documentRows, KIND_LABELS } from './documents-model';
import { documentHref } from './statement-href';

export function SourceDocuments({ index }: { index: DatasetIndex }) {
  const rows = useMemo(() => documentRows(index), [index]);
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
          <div className="table-scroll">
            <table aria-labelledby="source-documents-heading" data-testid="source-documents">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Kind</th>
                  <th scope="col">Date</th>
                  <th scope="col">Session</th>
                  <th scope="col" className="num">Statements</th>
                  <th scope="col" className="num">Stances</th>
                  <th scope="col">File</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.document.id} data-document={r.document.id}>
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
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
