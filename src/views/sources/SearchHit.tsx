// One statement found by the search: speaker, document, date and the matching text around
// the first match, the matched words marked. A click opens the statement in the reader.
import { memo } from 'react';
import { Link } from 'wouter';
import type { DatasetIndex } from '../../shared/dataset-index';
import { formatDate, sessionLabel } from '../../components/format';
import { MarkedText } from './MarkedText';
import { speakerName } from './speaker';
import { statementHref } from './statement-href';
import type { StatementHit } from './statement-search';
import type { TextsById } from '../../queries/use-texts';
import { excerptWindow, markPieces, termRanges } from './text-marks';

export const SearchHit = memo(function SearchHit({ hit, index, texts }: { hit: StatementHit; index: DatasetIndex; texts: TextsById }) {
  const statement = index.statement.get(hit.id);
  if (!statement) return null;
  const doc = index.document.get(statement.document);
  const text = texts.get(statement.document)?.slice(statement.span[0], statement.span[1]) ?? '';
  const terms = new Set(hit.terms);
  const ranges = termRanges(text, terms);
  const window = excerptWindow(text, ranges);
  const speaker = speakerName(index, statement);
  return (
    <li className="search-hit" data-testid="search-hit" data-statement={statement.id}>
      <p className="meta">
        <Link href={statementHref(statement.document, statement.id)} className="hit-link">
          <MarkedText pieces={markPieces(speaker, termRanges(speaker, terms))} />
          {' — '}
          {doc?.title ?? statement.document}
        </Link>
        {' · '}
        {formatDate(statement.date ?? doc?.date ?? null)} · {sessionLabel(index, statement.session)}
      </p>
      <p className="hit-text">
        {window[0] > 0 ? '… ' : ''}
        <MarkedText pieces={markPieces(text, ranges, window)} />
        {window[1] < text.length ? ' …' : ''}
      </p>
    </li>
  );
});
