// Full-text search across every statement. The query lives in the URL (?q=) so a search can
// be shared and the back button returns to it; the index is built on the first search.
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { ClientDataset } from '../../shared/client-dataset';
import type { DatasetIndex } from '../../shared/dataset-index';
import { useSearchParams } from '../../app/use-search-params';
import { plural } from '../../components/format';
import { SearchHit } from './SearchHit';
import { hasSearchIndex, searchStatements, statementSearchIndex } from './statement-search';
import { useDocumentTexts, type TextsById } from '../../queries/use-texts';

const PAGE = 50;

export function StatementSearch({ index }: { index: DatasetIndex }) {
  const [params, update] = useSearchParams();
  const query = params.get('q') ?? '';
  const [text, setText] = useState(query);
  useEffect(() => setText(query), [query]);
  const deferred = useDeferredValue(query);
  const { texts, error } = useDocumentTexts();
  const ready = useSearchIndex(index.dataset, texts, deferred.trim() !== '');
  const hits = useMemo(() => (ready && texts ? searchStatements(index.dataset, texts, deferred) : []), [index, texts, deferred, ready]);
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => setLimit(PAGE), [deferred]);
  const total = index.dataset.statements.length;
  const onChange = (value: string) => {
    setText(value);
    // The first word starts a new history entry; refining it replaces that entry.
    update({ q: value }, { replace: query !== '' });
  };
  return (
    <section className="statement-search" aria-labelledby="search-heading">
      <h2 id="search-heading">Search the statements</h2>
      <form role="search" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="statement-search-input">Words to find in {plural(total, 'statement')}</label>{' '}
        <input id="statement-search-input" type="search" value={text} onChange={(e) => onChange(e.target.value)} autoComplete="off" spellCheck={false} />
      </form>
      <p role="status" className="muted" data-testid="search-status">
        {deferred.trim() === ''
          ? 'Type a word: every statement containing all the words is listed, best match first.'
          : error
            ? `The search cannot run: ${error.message}`
            : !ready
            ? `Building the search index of ${plural(total, 'statement')}…`
            : hits.length === 0
              ? `No statement contains all of: ${deferred.trim()}`
              : `${plural(hits.length, 'statement')} of ${total} match${hits.length === 1 ? 'es' : ''}${hits.length > limit ? `; the first ${limit} are shown` : ''}.`}
      </p>
      {hits.length > 0 && (
        <ol className="search-hits" data-testid="search-results" aria-busy={deferred !== query}>
          {hits.slice(0, limit).map((h) => (
            <SearchHit key={h.id} hit={h} index={index} texts={texts!} />
          ))}
        </ol>
      )}
      {hits.length > limit && (
        <button type="button" onClick={() => setLimit((l) => l + PAGE)}>
          Show {Math.min(PAGE, hits.length - limit)} more
        </button>
      )}
    </section>
  );
}

/**
 * Whether the search index of `dataset` is built. The first time it is `wanted`, the index
 * is built after the next paint, so the page says so first (seconds on a large corpus).
 */
function useSearchIndex(dataset: ClientDataset, texts: TextsById | undefined, wanted: boolean): boolean {
  const [built, setBuilt] = useState<ClientDataset | null>(() => (hasSearchIndex(dataset) ? dataset : null));
  const ready = built === dataset || hasSearchIndex(dataset);
  useEffect(() => {
    if (ready || !wanted || !texts) return;
    const timer = setTimeout(() => {
      statementSearchIndex(dataset, texts);
      setBuilt(dataset);
    }, 0);
    return () => clearTimeout(timer);
  }, [dataset, texts, wanted, ready]);
  return ready;
}
