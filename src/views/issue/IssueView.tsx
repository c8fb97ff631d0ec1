// One issue: the codebook's question, positions by session, polarisation and convergence,
// the figures proposed (numeric issue), who holds what with proof, and bridging positions.
// Route /issue/:id; the session range lives in the URL (?from=&to=).
import { useMemo } from 'react';
import { Link } from 'wouter';
import { positionsInWindow } from '../../analysis/window-positions';
import { useAgreementMatrix, useFullWindow, useObservations, useSessionNumbers } from '../../queries/use-analysis';
import { useDatasetIndex } from '../../queries/use-dataset';
import { useSearchParams } from '../../app/use-search-params';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { Issue } from '../../shared/dataset-schema';
import { Coverage } from '../../components/Coverage';
import { NotesPanel } from '../../components/NotesPanel';
import { SessionRangeFilter } from '../../components/SessionRangeFilter';
import { parseSessionRange } from '../../components/session-range';
import { sessionBars } from './session-bars-model';
import { issueTrend } from './polarisation-model';
import { proposals } from './proposals-model';
import { holdersByPosition } from './holders-model';
import { blocBasis, issueBridging } from './bridging-model';
import { SessionBarsChart } from './SessionBarsChart';
import { PolarisationChart } from './PolarisationChart';
import { ProposalsDotPlot } from './ProposalsDotPlot';
import { HoldersList } from './HoldersList';
import { BridgingTable } from './BridgingTable';
import { sessionNamer, shortSessionName } from './session-names';
import './issue.css';

export function IssueRoute({ params }: { params: { id: string } }) {
  return <IssueView id={decodeURIComponent(params.id)} />;
}

export function IssueView({ id }: { id: string }) {
  const index = useDatasetIndex();
  const issue = index.issue.get(id);
  if (!issue) {
    return (
      <section className="issue-view">
        <h1>Unknown issue “{id}”</h1>
        <p>
          <Link href="/issues">See all issues</Link>
        </p>
      </section>
    );
  }
  return <IssueBody key={issue.id} index={index} issue={issue} />;
}

function IssueBody({ index, issue }: { index: DatasetIndex; issue: Issue }) {
  const numbers = useSessionNumbers();
  const [params] = useSearchParams();
  const window = parseSessionRange(params, numbers);
  const observations = useObservations();
  const own = useMemo(() => observations.filter((o) => o.issue === issue.id), [observations, issue.id]);
  const sessionName = useMemo(() => sessionNamer(index), [index]);
  const shown = useMemo(() => numbers.filter((n) => n >= window.from && n <= window.to), [numbers, window.from, window.to]);
  const bars = useMemo(() => sessionBars(own, issue, shown), [own, issue, shown]);
  const trend = useMemo(() => issueTrend(own, issue, window, numbers), [own, issue, window.from, window.to, numbers]); // eslint-disable-line react-hooks/exhaustive-deps
  const positions = useMemo(() => positionsInWindow(own, window), [own, window.from, window.to]); // eslint-disable-line react-hooks/exhaustive-deps
  const holders = useMemo(() => holdersByPosition(index, positions, issue), [index, positions, issue]);
  const figures = useMemo(
    () => (issue.scale === 'numeric' ? proposals(own, issue.id, window, index.dataset.sessions) : []),
    [own, issue, window.from, window.to, index], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const matrix = useAgreementMatrix(useFullWindow());
  const basis = useMemo(() => (matrix.data ? blocBasis(index, matrix.data) : undefined), [index, matrix.data]);
  const bridging = useMemo(() => (basis ? issueBridging(positions, issue, basis) : []), [basis, positions, issue]);

  return (
    <section className="issue-view" aria-labelledby="issue-title">
      <p>
        <Link href="/issues">← All issues</Link>
      </p>
      <h1 id="issue-title">{issue.label}</h1>
      <p className="question" data-testid="issue-question">
        <span className="muted">The question: </span>
        {issue.question}
      </p>
      <details className="codebook-positions">
        <summary>Positions in the codebook ({issue.positions.length})</summary>
        <dl>
          {issue.positions.map((p) => (
            <div key={p.id}>
              <dt>{p.label}</dt>
              <dd>{p.description || '—'}</dd>
            </div>
          ))}
        </dl>
      </details>
      <div className="toolbar">
        <SessionRangeFilter index={index} numbers={numbers} window={window} />
      </div>
      <Coverage index={index} window={window} />

      <h2>Positions by session</h2>
      <SessionBarsChart issue={issue} model={bars} sessionName={sessionName} shortName={shortSessionName} />

      <h2>Polarisation and convergence</h2>
      <PolarisationChart issue={issue} trend={trend} sessionName={sessionName} shortName={shortSessionName} />

      {issue.scale === 'numeric' && (
        <>
          <h2>Figures proposed</h2>
          <ProposalsDotPlot issue={issue} index={index} items={figures} sessionName={(s) => (s === null ? 'session unknown' : sessionName(s))} />
        </>
      )}

      <h2>Who holds each position</h2>
      <HoldersList index={index} issue={issue} groups={holders} sessionName={sessionName} />

      <h2>Bridging positions</h2>
      {matrix.isError ? (
        <p role="alert" className="banner banner-error">
          The agreement matrix could not be computed: {matrix.error.message}
        </p>
      ) : !basis ? (
        <p role="status">Computing the blocs…</p>
      ) : (
        <BridgingTable issue={issue} basis={basis} rows={bridging} />
      )}

      <NotesPanel target={{ kind: 'issue', id: issue.id }} label={issue.label} />
    </section>
  );
}
