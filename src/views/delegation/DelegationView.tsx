import { Link } from 'wouter';
import { useDatasetIndex } from '../../queries/use-dataset';
import { formatDate, plural, sessionLabel } from '../../components/format';
import { spanText } from '../../shared/dataset-index';
import { NotesPanel } from '../../components/NotesPanel';

export function DelegationView({ code }: { code: string }) {
  const index = useDatasetIndex();
  const actor = index.actor.get(code);
  const statements = index.statementsOf.get(code) ?? [];
  if (!actor) {
    return (
      <section>
        <h1>Unknown delegation “{code}”</h1>
        <Link href="/">Back to the delegations</Link>
      </section>
    );
  }
  return (
    <section>
      <p>
        <Link href="/">← All delegations</Link>
      </p>
      <h1>
        {actor.name} <span className="muted">({actor.code})</span>
      </h1>
      <NotesPanel target={{ kind: 'actor', id: actor.code }} label={actor.name} />
      <h2>Statements ({statements.length})</h2>
      <ol className="statements" data-testid="statement-list">
        {statements.map((s) => {
          const doc = index.document.get(s.document);
          const text = doc ? spanText(doc, s.span) : '';
          const cosigned = s.actor !== code;
          return (
            <li key={s.id} id={s.id}>
              <p className="meta">
                {formatDate(s.date)} · {sessionLabel(index, s.session)} · {doc?.title ?? s.document}
                {cosigned ? ` · co-signed (${plural(s.authors.length, 'author')})` : ''}
              </p>
              <details>
                <summary>{text.length > 240 ? `${text.slice(0, 240)}…` : text}</summary>
                <p className="statement-text">{text}</p>
              </details>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

export function DelegationRoute({ params }: { params: { code: string } }) {
  return <DelegationView code={decodeURIComponent(params.code)} />;
}
