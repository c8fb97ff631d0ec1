// Where every delegation stands: delegations x issues in the chosen window, with filters,
// sorting (by name, bloc or activity), the evidence behind each cell, and the record below.
import { useCallback, useMemo, useRef } from 'react';
import { Link } from 'wouter';
import { clusterBlocs } from '../../analysis/blocs';
import { sessionWindow } from '../../analysis/session-window';
import { useSearchParams } from '../../app/use-search-params';
import { Coverage } from '../../components/Coverage';
import { ExportCsvButton } from '../../components/ExportCsvButton';
import { plural } from '../../components/format';
import { useAgreementEstimates, useSessionNumbers, useWindowPositions } from '../../queries/use-analysis';
import { useDatasetIndex } from '../../queries/use-dataset';
import { DocumentsTable } from './DocumentsTable';
import { EvidencePanel } from './EvidencePanel';
import { namedGroups } from '../../components/named-groups';
import { parseFilters } from './overview-filters';
import { OverviewFiltersBar } from './OverviewFiltersBar';
import { OverviewLegend } from './OverviewLegend';
import { OverviewMatrix } from './OverviewMatrix';
import { filterOverviewRows, overviewCsvRows, overviewIssues, windowRows } from './overview-model';
import './overview.css';

export function OverviewView() {
  const index = useDatasetIndex();
  const [params, update] = useSearchParams();
  const filters = parseFilters(params);
  const sessions = useSessionNumbers();
  const first = sessions[0] ?? 0;
  const last = sessions[sessions.length - 1] ?? 0;
  const from = Math.min(Math.max(filters.from ?? first, first), last);
  const to = Math.max(Math.min(filters.to ?? last, last), from);
  const window = useMemo(() => sessionWindow(from, to), [from, to]);
  const positions = useWindowPositions(window);
  const groups = useMemo(() => namedGroups(index), [index]);
  // Only the bloc order needs the matrix, and only its point estimates: computed when chosen.
  const matrix = useAgreementEstimates(window, filters.sort === 'bloc');
  const blocOrder = useMemo(() => (filters.sort === 'bloc' && matrix.data ? clusterBlocs(matrix.data).order : null), [filters.sort, matrix.data]);
  const issuesParam = params.get('issues');
  const issues = useMemo(() => overviewIssues(index, filters), [index, issuesParam]); // eslint-disable-line react-hooks/exhaustive-deps
  // Per window, every delegation's row once; a filter change only picks and orders them.
  const all = useMemo(() => windowRows(index, positions), [index, positions]);
  const { region, eu, group, q, sort } = filters;
  const rows = useMemo(
    () => filterOverviewRows(all, filters, groups, blocOrder),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [all, groups, blocOrder, region, eu, group, q, sort],
  );
  const selected = params.get('cell');
  // One callback for every row (rows are memoised), reading the latest selection and URL.
  const latest = useRef({ selected, update });
  latest.current = { selected, update };
  const onSelect = useCallback((key: string) => latest.current.update({ cell: key === latest.current.selected ? null : key }), []);
  const [selActor, selIssue] = selected?.split(':') ?? [];
  const selRow = rows.find((r) => r.actor.code === selActor);
  const selCell = selIssue ? selRow?.cells.get(selIssue) : undefined;
  const positioned = rows.filter((r) => r.cells.size > 0).length;

  return (
    <section className="overview">
      <h1>Where delegations stand</h1>
      <Coverage index={index} window={window} />
      <OverviewFiltersBar index={index} filters={filters} groups={groups} update={update} sessions={sessions} />
      <p data-testid="overview-count">
        {plural(rows.length, 'delegation')} shown, {positioned} with at least one position; {plural(issues.length, 'issue')}. ¹ rests on one statement; * joint statements only.
        {filters.sort === 'bloc' && !blocOrder ? ' Computing the bloc order…' : ''}
      </p>
      <div className="toolbar">
        <ExportCsvButton fileName={`positions-S${from}-S${to}.csv`} rows={() => overviewCsvRows(rows, issues)} label="Export this table (CSV)" />
        <Link href={`/brief?${briefParams(params)}`}>Draft a brief from these filters</Link>
      </div>
      {rows.length === 0 ? (
        <p className="status">No delegation matches these filters.</p>
      ) : (
        <div className="overview-layout">
          <OverviewMatrix rows={rows} issues={issues} selected={selected} onSelect={onSelect} />
          {selRow && selCell && (
            <EvidencePanel index={index} actor={selRow.actor} issue={index.issue.get(selIssue!)!} cell={selCell} onClose={() => update({ cell: null })} />
          )}
        </div>
      )}
      <OverviewLegend issues={issues} />
      <DocumentsTable index={index} />
    </section>
  );
}

/** The overview's filters that the brief understands, carried over as they are. */
function briefParams(params: URLSearchParams): string {
  const out = new URLSearchParams();
  for (const key of ['issues', 'from', 'to', 'region', 'eu', 'group']) {
    const v = params.get(key);
    if (v) out.set(key, v);
  }
  return out.toString();
}
