// A stance's proof: the exact quote, who said it, where and when, with a link into the
// document. Quote marks only ever surround exact source text. A stance taken up from another
// delegation ("we agree with Ghana") shows that delegation's sentence too.
import { Link } from 'wouter';
import type { Stance } from '../shared/dataset-schema';
import type { DatasetIndex } from '../shared/dataset-index';
import type { StatementMeta } from '../shared/client-dataset';
import { formatDate, sessionLabel } from './format';
import { takenUpFrom } from './taken-up-from';

export function Evidence({ stance, index }: { stance: Stance; index: DatasetIndex }) {
  const statement = index.statement.get(stance.statement);
  const doc = index.document.get(stance.document);
  const position = index.issue.get(stance.issue)?.positions.find((p) => p.id === stance.position);
  const speaker = speakerOf(statement);
  const source = takenUpFrom(stance, index);
  return (
    <figure className="evidence" data-testid="evidence" data-stance={stance.id}>
      <blockquote>“{stance.quote}”</blockquote>
      {source && <TakenUp source={source} index={index} />}
      <figcaption>
        {position?.label ?? stance.position}
        {stance.value !== null ? ` (${Array.isArray(stance.value) ? stance.value.join('–') : stance.value})` : ''}
        {' · '}
        {speaker}
        {statement && statement.authors.length > 1 ? ` for ${statement.authors.length} co-signatories` : ''}
        {' · '}
        <Link href={`/sources/${encodeURIComponent(stance.document)}#${encodeURIComponent(stance.statement)}`}>{doc?.title ?? stance.document}</Link>
        {' · '}
        {formatDate(statement?.date ?? doc?.date ?? null)} · {sessionLabel(index, statement?.session ?? null)}
        {stance.source === 'override' ? ` · corrected by ${stance.override?.by ?? 'a reviewer'}: ${stance.override?.reason ?? ''}` : ''}
      </figcaption>
    </figure>
  );
}

function speakerOf(statement: StatementMeta | undefined): string {
  return statement?.speaker || statement?.authors.join(', ') || 'unknown speaker';
}

/** The other delegation's sentence a stance was taken up from, with its link. */
function TakenUp({ source, index }: { source: Stance; index: DatasetIndex }) {
  return (
    <p className="evidence-source" data-testid="evidence-source">
      taking up what {speakerOf(index.statement.get(source.statement))} said earlier:{' '}
      <Link href={`/sources/${encodeURIComponent(source.document)}#${encodeURIComponent(source.statement)}`}>“{source.quote}”</Link>
    </p>
  );
}
