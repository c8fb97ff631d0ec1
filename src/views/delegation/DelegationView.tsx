// One delegation: its position on every issue with quotes, dates and changes over time;
// its statements; the groups it aligns with; its closest and farthest delegations.
import { useMemo } from 'react';
import { Link } from 'wouter';
import { useAgreementMatrix, useFullWindow, useObservations, useWindowPositions } from '../../queries/use-analysis';
import { useDatasetIndex } from '../../queries/use-dataset';
import { Coverage } from '../../components/Coverage';
import { NotesPanel } from '../../components/NotesPanel';
import { IssuePositions } from './IssuePositions';
import { Neighbours } from './Neighbours';
import { StatementList } from './StatementList';
import './delegation.css';

export function DelegationView({ code }: { code: string }) {
  const index = useDatasetIndex();
  const actor = index.actor.get(code);
  const window = useFullWindow();
  const observations = useObservations();
  const positions = useWindowPositions(window);
  const matrix = useAgreementMatrix(window);
  const statements = index.statementsOf.get(code) ?? [];
  const alignedWith = useMemo(() => [...new Set(statements.flatMap((s) => (s.actor === code ? s.alignedWith : [])))], [statements, code]);
  const alignedBy = useMemo(() => [...new Set(statements.flatMap((s) => (s.authors.includes(code as never) ? s.aligned : [])))], [statements, code]);
  if (!actor) {
    return (
      <section>
        <h1>Unknown delegation “{code}”</h1>
        <Link href="/">Back to the overview</Link>
      </section>
    );
  }
  const mine = positions.positions.filter((p) => p.actor === code);
  return (
    <section className="delegation">
      <h1>
        {actor.name} <span className="muted">({actor.code})</span>
      </h1>
      <p className="muted">
        {[actor.region && `${actor.region} group`, actor.eu && 'EU member state'].filter(Boolean).join(' · ')}
        {alignedWith.length > 0 && <> · aligns with {alignedWith.map((g) => index.actor.get(g)?.name ?? g).join(', ')}</>}
        {alignedBy.length > 0 && <> · joined by {alignedBy.map((g) => index.actor.get(g)?.name ?? g).join(', ')}</>}
      </p>
      <Coverage index={index} window={window} />
      <h2>
        Positions ({mine.length} of {index.dataset.issues.length} issues)
      </h2>
      <IssuePositions index={index} code={code} held={mine} observations={observations} />
      <h2>Most and least similar delegations</h2>
      <Neighbours index={index} code={code} matrix={matrix.data} pending={matrix.isPending} />
      <NotesPanel target={{ kind: 'actor', id: actor.code }} label={actor.name} />
      <h2>Statements ({statements.length})</h2>
      <StatementList index={index} code={code} statements={statements} />
    </section>
  );
}

export function DelegationRoute({ params }: { params: { code: string } }) {
  return <DelegationView code={decodeURIComponent(params.code)} />;
}
