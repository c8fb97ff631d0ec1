// stances.csv: one row per (statement, author, issue, position), exact columns, exact quotes.
import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { exportsOf } from '../../scripts/exports/exports';
import { formatValue, stanceRows, STANCE_COLUMNS } from '../../scripts/exports/stances-csv';
import { actorCode } from '../../src/shared/ids';
import { makeDataset, makeStance } from '../fixtures/make-dataset';

describe('stances.csv', () => {
  test('has exactly the columns document,statement,actor,issue,position,value,confidence,source,quote', () => {
    expect(STANCE_COLUMNS.join(',')).toBe('document,statement,actor,issue,position,value,confidence,source,quote');
  });

  test('is written beside dataset.json', () => {
    expect(exportsOf(makeDataset()).map(([name]) => name)).toContain('stances.csv');
  });

  test('gives a joint stance one row per author, with the document\'s file and the exact quote', () => {
    const dataset = makeDataset({ stances: [makeStance({ actors: [actorCode('FRA'), actorCode('DEU')] })] });
    const rows = stanceRows(dataset);
    expect(rows.slice(1).map((r) => r[2])).toEqual(['FRA', 'DEU']);
    expect(rows[1]).toEqual(['doc-a.txt', 'doc-a.txt#1', 'FRA', 'mechanism-format', 'poa', '', '0.9', 'tagger', 'we support a Programme of Action.']);
  });

  test('writes a value as a number or a range "min-max"', () => {
    expect(formatValue(3)).toBe('3');
    expect(formatValue([2, 3])).toBe('2-3');
    expect(formatValue([4, 4])).toBe('4');
    expect(formatValue(null)).toBe('');
  });

  test('round-trips quotes with commas and quotation marks through a CSV parser', async () => {
    const content = [...(await exportsOf(makeDataset()).find(([name]) => name === 'stances.csv')![1]())].join('');
    const parsed = Papa.parse<string[]>(content.trim()).data;
    expect(parsed[0]).toEqual([...STANCE_COLUMNS]);
    expect(parsed[1]![8]).toBe('we support a Programme of Action.');
  });

  test('fails when a quote is not an exact substring of its document\'s text', () => {
    const dataset = makeDataset({ stances: [makeStance({ quote: 'we support a Programme of Action!' })] });
    expect(() => stanceRows(dataset)).toThrow(/quote is not in doc-a.txt/);
  });
});
