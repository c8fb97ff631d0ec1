// One statement in the reader: who spoke and in whose name, the text with its tagged
// sentences, the stances with their proof, and the user's notes and corrections.
// Memoised: a long document re-renders only the statements whose props change.
import { Fragment, memo, useMemo } from 'react';
import { carriesStances, type Stance } from '../../shared/dataset-schema';
import type { StatementMeta } from '../../shared/client-dataset';
import type { DatasetIndex } from '../../shared/dataset-index';
import { CorrectionForm } from '../../components/CorrectionForm';
import { Evidence } from '../../components/Evidence';
import { formatDate, plural } from '../../components/format';
import { NotesPanel } from '../../components/NotesPanel';
import { taggedPieces } from './reader-model';
import { actorName, inWhoseName, SPEAKER_SOURCE_NOTE, speakerName } from './speaker';
import { TaggedSentence } from './TaggedSentence';
import { Toggle } from './Toggle';

const SAVED = 'Correction saved with your notes; export it from Your notes.';

export interface ReaderStatementProps {
  statement: StatementMeta;
  /** The whole document's text; the statement's span points into it. */
  text: string;
  stances: readonly Stance[];
  index: DatasetIndex;
  targeted: boolean;
  noteCount: number;
}

export const ReaderStatement = memo(function ReaderStatement({ statement, text, stances, index, targeted, noteCount }: ReaderStatementProps) {
  const pieces = useMemo(() => taggedPieces(statement.span, stances), [statement.span, stances]);
  const speaker = speakerName(index, statement);
  const sourceNote = SPEAKER_SOURCE_NOTE[statement.speakerSource];
  const headingId = `${statement.id}-speaker`;
  const canAdd = statement.authors.length > 0;
  const kind = statement.actor ? index.actor.get(statement.actor)?.kind : undefined;
  const noStanceReason =
    kind && !carriesStances(kind) ? 'The Chair, the secretariat and briefers take no positions: no stance to add.' : 'A stance can be added once the speaker is identified.';
  return (
    <article
      id={statement.id}
      tabIndex={-1}
      className={targeted ? 'reader-statement targeted' : 'reader-statement'}
      aria-labelledby={headingId}
      data-testid="reader-statement"
      data-statement={statement.id}
      data-targeted={targeted ? 'true' : undefined}
    >
      <header className="statement-head">
        <h2 id={headingId} className="speaker">
          {speaker}
        </h2>
        {sourceNote && <span className="muted small"> ({sourceNote})</span>}
        {inWhoseName(statement).map((r) => (
          <NameList key={r.label} label={r.label} names={r.codes.map((c) => actorName(index, c))} />
        ))}
        <span className="muted small statement-meta">
          turn {statement.order} · {formatDate(statement.date)} · {plural(statement.words, 'word')}
          {targeted ? ' · linked statement' : ''}
        </span>
      </header>
      <div className="statement-text">
        {pieces.map((p) => {
          const piece = text.slice(p.span[0], p.span[1]);
          return p.stances.length > 0 ? <TaggedSentence key={p.span[0]} text={piece} stances={p.stances} index={index} /> : <Fragment key={p.span[0]}>{piece}</Fragment>;
        })}
      </div>
      {stances.length > 0 && (
        <div className="statement-stances">
          <h3 className="small">{plural(stances.length, 'stance')} tagged</h3>
          <ul>
            {stances.map((st) => (
              <li key={st.id}>
                <Evidence stance={st} index={index} />
                <Toggle label="Correct this">{(close) => <CorrectionForm statement={statement} issues={index.dataset.issues} stance={st} onDone={() => close(SAVED)} />}</Toggle>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="statement-tools">
        <Toggle label={`Your notes (${noteCount})`} openByDefault={noteCount > 0}>
          {() => <NotesPanel target={{ kind: 'statement', id: statement.id }} label={`${speaker}, turn ${statement.order}`} />}
        </Toggle>
        {canAdd ? (
          <Toggle label="Add a missing stance">{(close) => <CorrectionForm statement={statement} issues={index.dataset.issues} onDone={() => close(SAVED)} />}</Toggle>
        ) : (
          <span className="muted small">{noStanceReason}</span>
        )}
      </div>
    </article>
  );
});

/** "for: A, B, C"; a long list of signatories folds away behind its count. */
function NameList({ label, names }: { label: string; names: string[] }) {
  if (names.length > 6) {
    return (
      <details className="name-list">
        <summary>
          {label} {plural(names.length, 'delegation')}
        </summary>
        {names.join(', ')}
      </details>
    );
  }
  return (
    <span className="name-list">
      {label}: {names.join(', ')}
    </span>
  );
}
