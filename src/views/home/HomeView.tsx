import { useMemo, useState } from 'react';
import { Link } from 'wouter';
import { useDatasetIndex } from '../../queries/use-dataset';
import { delegationRows } from './delegation-rows';
import { DocumentsTable } from './DocumentsTable';

export function HomeView() {
  const index = useDatasetIndex();
  const [query, setQuery] = useState('');
  const rows = useMemo(() => delegationRows(index), [index]);
  const shown = rows.filter((r) => (r.name + ' ' + r.code).toLowerCase().includes(query.trim().toLowerCase()));
  return (
    <section>
      <h1>The record</h1>
      <DocumentsTable index={index} />
      <h2 id="delegations-heading">Delegations that spoke ({rows.length})</h2>
      <label className="field">
        Find a delegation{' '}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <table aria-labelledby="delegations-heading" data-testid="delegation-list">
        <thead>
          <tr>
            <th scope="col">Delegation</th>
            <th scope="col">Code</th>
            <th scope="col" className="num">Statements</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.code} data-actor={r.code}>
              <td>
                <Link href={`/delegation/${r.code}`}>{r.name}</Link>
              </td>
              <td>{r.code}</td>
              <td className="num">{r.statements}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
