import { formatDate, plural, sessionLabel } from '../../components/format';
import { Link } from 'wouter';
import type { DatasetIndex } from '../../shared/dataset-index';
import type { StatementMeta } from '../../shared/client-dataset';
import { spanText } from '../../shared/dataset-index';
import { CorrectionToggle } from '../../components/CorrectionToggle';
import { useDocumentTexts } from '../../queries/use-texts';

export function StatementList({ index, code, statements }: { index: DatasetIndex; code: string; statements: StatementMeta[] }) {
  const { texts, error } = useDocumentTexts();
  return (
    <>
    {error && <p role="alert" className="banner banner-error">{error.message}</p>}
    <ol className="statements" data-testid="statement-list" aria-busy={!texts && !error}>
      {statements.map((s) => {
        const doc = index.document.get(s.document);
        const full = texts?.get(s.document);
        const text = full !== undefined ? spanText(full, s.span) : error ? 'Text unavailable.' : 'Loading the text…';
        const cosigned = s.actor !== code;
        const stances = index.stancesOfStatement.get(s.id)?.length ?? 0;
        return (
          <li key={s.id} id={s.id}>
            <p className="meta">
              {formatDate(s.date)} · {sessionLabel(index, s.session)} ·{' '}
              <Link href={`/sources/${encodeURIComponent(s.document)}#${encodeURIComponent(s.id)}`}>{doc?.title ?? s.document}</Link>
              {cosigned ? ` · co-signed (${plural(s.authors.length, 'author')})` : ''} · {plural(stances, 'stance')}
            </p>
            <details>
              <summary>{text.length > 240 ? `${text.slice(0, 240)}…` : text}</summary>
              <p className="statement-text">{text}</p>
            </details>
            {s.authors.length > 0 && <CorrectionToggle statement={s} issues={index.dataset.issues} label="Propose a missing stance" />}
          </li>
        );
      })}
    </ol>
    </>
  );
}
