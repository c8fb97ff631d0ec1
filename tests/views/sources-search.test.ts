import { describe, expect, test } from 'vitest';
import { hasSearchIndex, searchStatements, statementSearchIndex } from '../../src/views/sources/statement-search';
import { sourcesDataset } from '../fixtures/sources-dataset';
import { makeDataset, makeStatement } from '../fixtures/make-dataset';
import { documentId } from '../../src/shared/ids';
import type { Dataset } from '../../src/shared/dataset-schema';

/** The documents' texts by id, as the app reads them from the store. */
const textsOf = (dataset: Dataset) => new Map(dataset.documents.map((d) => [d.id as string, d.text]));
const withTexts = (dataset: Dataset) => [dataset, textsOf(dataset)] as const;

describe('searchStatements(dataset, textsOf(dataset), query)', () => {
  test('finds the statements containing every word of the query, with the words that matched', () => {
    const hits = searchStatements(...withTexts(sourcesDataset()), 'thematic groups');
    expect(hits.map((h) => h.id)).toEqual(['report-9.txt#2']);
    expect(hits[0]!.terms.sort()).toEqual(['groups', 'thematic']);
  });

  test('matches the last word as a prefix, while the user is still typing', () => {
    expect(searchStatements(...withTexts(sourcesDataset()), 'Programme of Act').map((h) => h.id)).toEqual(['report-9.txt#1']);
  });

  test('ranks statements by relevance, best first', () => {
    const hits = searchStatements(...withTexts(sourcesDataset()), 'veto');
    expect(hits.map((h) => h.id).sort()).toEqual(['report-9.txt#3', 'statement-b.txt#1']);
    expect(hits[0]!.score).toBeGreaterThanOrEqual(hits[1]!.score);
  });

  test('finds a statement by its speaker', () => {
    expect(searchStatements(...withTexts(sourcesDataset()), 'Germany').map((h) => h.id)).toEqual(['report-9.txt#2']);
  });

  test('ignores case and accents', () => {
    const text = 'Côte d’Ivoire supports the PoA.';
    const doc = documentId('doc-a.txt');
    const dataset = makeDataset({
      documents: [{ id: doc, file: 'doc-a.txt', title: 'Doc A', kind: 'statement', format: 'txt', date: null, session: null, meeting: null, agenda: null, url: null, sha256: 'a'.repeat(64), text }],
      statements: [makeStatement({ span: [0, text.length], sentences: [[0, text.length]] })],
      stances: [],
    });
    expect(searchStatements(dataset, textsOf(dataset), 'COTE')).toHaveLength(1);
  });

  test('is empty for a query without words, and builds no index for it', () => {
    const dataset = sourcesDataset();
    expect(searchStatements(dataset, textsOf(dataset), '  ?! ')).toEqual([]);
    expect(hasSearchIndex(dataset)).toBe(false);
  });

  test('is empty when no statement holds every word', () => {
    expect(searchStatements(...withTexts(sourcesDataset()), 'veto Programme')).toEqual([]);
  });
});

describe('statementSearchIndex(dataset, textsOf(dataset))', () => {
  test('is built on the first search and then reused for the same dataset', () => {
    const dataset = sourcesDataset();
    expect(hasSearchIndex(dataset)).toBe(false);
    searchStatements(dataset, textsOf(dataset), 'veto');
    expect(hasSearchIndex(dataset)).toBe(true);
    expect(statementSearchIndex(dataset, textsOf(dataset))).toBe(statementSearchIndex(dataset, textsOf(dataset)));
    expect(statementSearchIndex(...withTexts(sourcesDataset()))).not.toBe(statementSearchIndex(dataset, textsOf(dataset)));
  });
});
