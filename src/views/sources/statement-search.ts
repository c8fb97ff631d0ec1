// Full-text search across statements (minisearch). The index is built once per dataset, on
// the first search, and kept for as long as the dataset object lives.
import MiniSearch from 'minisearch';
import type { ClientDataset } from '../../shared/client-dataset';
import type { TextsById } from '../../queries/use-texts';
import { normaliseWord, splitWords, words } from './text-marks';

interface SearchDocument {
  id: string;
  text: string;
  speaker: string;
}

/** One matching statement: its id, relevance (higher first) and the indexed words that matched. */
export interface StatementHit {
  id: string;
  score: number;
  terms: string[];
}

const indexes = new WeakMap<ClientDataset, MiniSearch<SearchDocument>>();

export function statementSearchIndex(dataset: ClientDataset, texts: TextsById): MiniSearch<SearchDocument> {
  const cached = indexes.get(dataset);
  if (cached) return cached;
  const index = new MiniSearch<SearchDocument>({
    fields: ['text', 'speaker'],
    idField: 'id',
    tokenize: splitWords,
    // Empty strings from splitting are dropped: minisearch skips falsy terms.
    processTerm: (term) => normaliseWord(term) || null,
  });
  index.addAll(
    dataset.statements.map((s) => ({
      id: s.id,
      text: texts.get(s.document)?.slice(s.span[0], s.span[1]) ?? '',
      speaker: s.speaker,
    })),
  );
  indexes.set(dataset, index);
  return index;
}

/** Whether the index of `dataset` exists already (tests check that it is built lazily, once). */
export function hasSearchIndex(dataset: ClientDataset): boolean {
  return indexes.has(dataset);
}

/**
 * Statements containing every word of `query`, best first. The last word also matches as a
 * prefix (results while typing); words of six letters or more tolerate a small typo.
 */
export function searchStatements(dataset: ClientDataset, texts: TextsById, query: string): StatementHit[] {
  if (words(query).length === 0) return [];
  return statementSearchIndex(dataset, texts)
    .search(query, {
      combineWith: 'AND',
      prefix: (_term, i, terms) => i === terms.length - 1,
      fuzzy: (term) => (term.length >= 6 ? 0.2 : false),
      boost: { text: 1, speaker: 2 },
    })
    .map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
}
