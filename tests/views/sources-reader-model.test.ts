import { describe, expect, test } from 'vitest';
import { readerBlocks, taggedPieces, taggedPositions } from '../../src/views/sources/reader-model';
import { makeStance, makeStatement } from '../fixtures/make-dataset';
import { REPORT_TEXT, sourcesDataset, spanOf } from '../fixtures/sources-dataset';
import type { Span } from '../../src/shared/dataset-schema';

describe('readerBlocks(text, statements)', () => {
  test('gives the text outside statements (header, labels, analysis) and the statements, in text order', () => {
    const dataset = sourcesDataset();
    const statements = dataset.statements.filter((s) => s.document === 'report-9.txt');
    const blocks = readerBlocks(REPORT_TEXT, [...statements].reverse());
    const shape = blocks.map((b) => (b.kind === 'statement' ? b.statement.id : REPORT_TEXT.slice(b.span[0], b.span[1]).trim()));
    expect(shape).toEqual([
      'Summary of the 9th substantive session, 10th meeting\n\nFrance:',
      'report-9.txt#1',
      'Germany:',
      'report-9.txt#2',
      'Chair:',
      'report-9.txt#3',
      expect.stringMatching(/^Analysis\n\nThe room remained divided/),
    ]);
  });

  test('drops gaps that hold only whitespace', () => {
    const text = 'one.\n\n  two.';
    const blocks = readerBlocks(text, [makeStatement({ span: [0, 4], order: 1 }), makeStatement({ span: [8, 12], order: 2 })]);
    expect(blocks.map((b) => b.kind)).toEqual(['statement', 'statement']);
  });

  test('shows overlapping statements whole and starts the next gap after the furthest end', () => {
    const text = 'aaaa bbbb cccc tail';
    const blocks = readerBlocks(text, [makeStatement({ span: [0, 9], order: 1 }), makeStatement({ span: [5, 14], order: 2 })]);
    expect(blocks.map((b) => (b.kind === 'outside' ? b.span : b.statement.order))).toEqual([1, 2, [14, 19]]);
  });

  test('is the whole text as one outside block when there are no statements', () => {
    expect(readerBlocks('just a header', [])).toEqual([{ kind: 'outside', span: [0, 13] }]);
  });
});

describe('taggedPieces(span, stances)', () => {
  const ev = (span: Span) => [{ span, rule: 'r' }];

  test('cuts the span into untagged and tagged runs that cover it exactly', () => {
    const st = makeStance({ evidence: ev([11, 44]) });
    expect(taggedPieces([0, 68], [st])).toEqual([
      { span: [0, 11], stances: [] },
      { span: [11, 44], stances: [st] },
      { span: [44, 68], stances: [] },
    ]);
  });

  test('gives words tagged by two stances both, and the rest of each sentence its own', () => {
    const a = makeStance({ id: 'a', evidence: ev([0, 10]) });
    const b = makeStance({ id: 'b', evidence: ev([5, 15]) });
    expect(taggedPieces([0, 20], [a, b])).toEqual([
      { span: [0, 5], stances: [a] },
      { span: [5, 10], stances: [a, b] },
      { span: [10, 15], stances: [b] },
      { span: [15, 20], stances: [] },
    ]);
  });

  test('merges two stances on the same sentence into one run', () => {
    const a = makeStance({ id: 'a', evidence: ev([2, 8]) });
    const b = makeStance({ id: 'b', evidence: ev([2, 8]) });
    expect(taggedPieces([0, 10], [a, b]).map((p) => [p.span, p.stances.length])).toEqual([
      [[0, 2], 0],
      [[2, 8], 2],
      [[8, 10], 0],
    ]);
  });

  test('clips evidence to the span and ignores evidence outside it', () => {
    const inside = makeStance({ id: 'in', evidence: ev([15, 30]) });
    const outside = makeStance({ id: 'out', evidence: ev([40, 50]) });
    expect(taggedPieces([10, 20], [inside, outside])).toEqual([
      { span: [10, 15], stances: [] },
      { span: [15, 20], stances: [inside] },
    ]);
  });

  test('is one untagged run without stances', () => {
    expect(taggedPieces(spanOf('abc', 'abc'), [])).toEqual([{ span: [0, 3], stances: [] }]);
  });
});

describe('taggedPositions(stances)', () => {
  test('counts the stances of each issue and position', () => {
    const a = makeStance({ id: 'a' });
    const b = makeStance({ id: 'b' });
    const c = makeStance({ id: 'c', position: 'oewg' as never });
    expect(taggedPositions([a, b, c])).toEqual([
      { issue: 'mechanism-format', position: 'oewg', stances: 1 },
      { issue: 'mechanism-format', position: 'poa', stances: 2 },
    ]);
  });
});
