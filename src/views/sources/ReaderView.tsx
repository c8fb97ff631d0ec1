// The reader: a whole document with its statements marked by speaker, tagged sentences
// highlighted, and the text outside statements shown muted. /sources/<doc>#<statement id>
// scrolls to that statement and highlights it: the link every Evidence points through.
import { memo, useEffect, useMemo } from 'react';
import { Link } from 'wouter';
import type { Stance } from '../../shared/dataset-schema';
import { formatDate, plural, sessionLabel } from '../../components/format';
import { useNotes } from '../../queries/notes-query';
import { useDatasetIndex } from '../../queries/use-dataset';
import { useDocumentTexts } from '../../queries/use-texts';
import { KIND_LABELS } from './documents-model';
import { readerBlocks } from './reader-model';
import { ReaderLegend } from './ReaderLegend';
import { ReaderStatement } from './ReaderStatement';
import { statementIdFromHash } from './statement-href';
import { useLocationHash } from './use-location-hash';
import './sources.css';

const NO_STANCES: readonly Stance[] = [];

export function ReaderRoute({ params }: { params: { doc: string } }) {
  // An in-memory location keeps the fragment in the path: the id ends before '#'.
  const raw = params.doc.split('#')[0] ?? '';
  let id = raw;
  try {
    id = decodeURIComponent(raw);
  } catch {
    // a malformed escape: look the id up as written
  }
  return <ReaderView documentId={id} />;
}

export function ReaderView({ documentId }: { documentId: string }) {
  const index = useDatasetIndex();
  const doc = index.document.get(documentId);
  const target = statementIdFromHash(useLocationHash());
  const statements = useMemo(() => index.dataset.statements.filter((s) => s.document === documentId), [index, documentId]);
  const stances = useMemo(() => index.dataset.stances.filter((s) => s.document === documentId), [index, documentId]);
  const { texts, error } = useDocumentTexts();
  const text = texts?.get(documentId);
  const blocks = useMemo(() => (doc && text !== undefined ? readerBlocks(text, statements) : []), [doc, text, statements]);
  const { data: notes } = useNotes();
  const noteCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const n of notes ?? []) if (n.target.kind === 'statement') counts.set(n.target.id, (counts.get(n.target.id) ?? 0) + 1);
    return counts;
  }, [notes]);
  const targetFound = target !== null && statements.some((s) => s.id === target);

  useEffect(() => {
    if (!target || !targetFound) return;
    const el = document.getElementById(target);
    if (!el) return;
    el.scrollIntoView?.({ block: 'start' });
    el.focus({ preventScroll: true });
  }, [target, targetFound, documentId, text]);

  if (!doc) {
    return (
      <section>
        <h1>Unknown document</h1>
        <p>The dataset has no document with the id {documentId}; it may have been renamed in a newer build.</p>
        <Link href="/sources">All sources</Link>
      </section>
    );
  }
  const url = doc.url && /^https?:\/\//i.test(doc.url) ? doc.url : null;
  return (
    <section className="reader" data-testid="reader" data-document={doc.id}>
      <p>
        <Link href="/sources">← All sources</Link>
      </p>
      <h1>{doc.title}</h1>
      <p className="meta" data-testid="reader-meta">
        {KIND_LABELS[doc.kind]} · {formatDate(doc.date)} · {sessionLabel(index, doc.session)}
        {doc.meeting ? ` · meeting ${doc.meeting}` : ''}
        {doc.agenda ? ` · ${doc.agenda}` : ''} · file {doc.file}
        {url && (
          <>
            {' · '}
            <a href={url} rel="noreferrer noopener" target="_blank">
              published source
            </a>
          </>
        )}
      </p>
      <p className="coverage muted" data-testid="coverage">
        {plural(statements.length, 'statement')} and {plural(stances.length, 'stance')} in this document
        {doc.date ? `, dated ${formatDate(doc.date)}` : ', undated'}.
      </p>
      {target !== null && !targetFound && (
        <p className="banner banner-warn" data-testid="missing-target">
          The linked statement {target} is not in this document (the data may have changed since the link was made).
        </p>
      )}
      <ReaderLegend index={index} stances={stances} />
      {error && (
        <p role="alert" className="banner banner-error">
          {error.message}
        </p>
      )}
      <div className="reader-text" data-testid="reader-text" aria-busy={text === undefined && !error}>
        {blocks.map((b) =>
          b.kind === 'outside' ? (
            <OutsideText key={`outside-${b.span[0]}`} text={text!.slice(b.span[0], b.span[1])} />
          ) : (
            <ReaderStatement
              key={b.statement.id}
              statement={b.statement}
              text={text!}
              stances={index.stancesOfStatement.get(b.statement.id) ?? NO_STANCES}
              index={index}
              targeted={b.statement.id === target}
              noteCount={noteCounts.get(b.statement.id) ?? 0}
            />
          ),
        )}
        {text === undefined && !error && (
          <p role="status" className="status">
            Loading the document’s text…
          </p>
        )}
        {text !== undefined && blocks.length === 0 && <p className="status">This document has no text.</p>}
      </div>
    </section>
  );
}

/** Text outside any statement: headers, speaker labels, a session report's own analysis. */
const OutsideText = memo(function OutsideText({ text }: { text: string }) {
  const trimmed = text.trim();
  // A short line (a speaker label, a heading) stays on one line with its label.
  if (trimmed.length <= 120 && !trimmed.includes('\n')) {
    return (
      <p className="outside-text outside-short" data-testid="outside-text">
        <span className="outside-label small">{OUTSIDE_LABEL}:</span> {trimmed}
      </p>
    );
  }
  return (
    <div className="outside-text" data-testid="outside-text">
      <p className="outside-label small">{OUTSIDE_LABEL} (heading or report text)</p>
      <div className="outside-body">{trimmed}</div>
    </div>
  );
});

const OUTSIDE_LABEL = 'Not part of the record’s statements';
