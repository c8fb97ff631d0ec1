import { describe, expect, test } from 'vitest';
import { fastStance, fastStatement, STANCE_KEYS, STATEMENT_KEYS } from '../../src/shared/dataset-fast-check';
import { datasetSchema, parseDataset, stanceSchema, statementSchema } from '../../src/shared/dataset-schema';
import { makeDataset, makeStance, makeStatement } from '../fixtures/make-dataset';

// Values that break one field or another: every field of a record is set to each in turn.
const BAD_VALUES: unknown[] = [
  undefined, null, '', 'x', 'X', 'Bad Id', 'a#b', 'doc-a.txt#1', 'FRA', 'fra', 'poa', '2024-1-1', '2024-12-06',
  -1, 0, 0.5, 1, 1.5, 2, NaN, Infinity, 2 ** 60, true, {}, [], [1], [1, 2], [2, 1], [-1, 3], [1, 2, 3], [[0, 1]], [[2, 1]],
  ['FRA'], ['fra'], [{ span: [0, 1], rule: 'r' }], [{ span: [0, 1] }], [{ span: [0, 1], rule: 'r', extra: 1 }],
  { reason: 'r', by: 'b' }, { reason: 'r' }, 'tagger', 'label', 'override',
];

function variants<T extends object>(base: T): unknown[] {
  const out: unknown[] = [base, { ...base, extra: 1 }, null, [], 'text'];
  for (const key of Object.keys(base)) {
    for (const v of BAD_VALUES) out.push({ ...base, [key]: v });
    const { [key as keyof T]: _gone, ...without } = base;
    out.push(without);
  }
  return out;
}

describe('fastStatement(x) and fastStance(x)', () => {
  test('count the keys of their schemas', () => {
    expect(Object.keys(statementSchema.shape)).toHaveLength(STATEMENT_KEYS);
    expect(Object.keys(stanceSchema.shape)).toHaveLength(STANCE_KEYS);
  });

  test('accept a valid record, unchanged by zod', () => {
    const st = makeStatement();
    const sn = makeStance({ value: [3, 5], override: { reason: 'misread', by: 'me' } });
    expect(fastStatement(st)).toBe(true);
    expect(fastStance(sn)).toBe(true);
    expect(statementSchema.parse(st)).toEqual(st);
    expect(stanceSchema.parse(sn)).toEqual(sn);
  });

  test('never accept what zod refuses, nor what zod would change (a key it strips)', () => {
    const cases: [unknown[], (x: unknown) => boolean, typeof statementSchema | typeof stanceSchema][] = [
      [variants(makeStatement()), fastStatement, statementSchema],
      [variants(makeStance()), fastStance, stanceSchema],
      [variants(makeStance({ value: 4 })), fastStance, stanceSchema],
    ];
    let checked = 0;
    for (const [records, fast, schema] of cases) {
      for (const r of records) {
        if (!fast(r)) continue;
        checked++;
        const parsed = schema.safeParse(r);
        expect(parsed.success, JSON.stringify(r)).toBe(true);
        expect(JSON.stringify(parsed.data)?.length, JSON.stringify(r)).toBe(JSON.stringify(r).length);
      }
    }
    expect(checked).toBeGreaterThan(10);
  });
});

describe('parseDataset(input)', () => {
  test('returns what zod returns for a valid dataset', () => {
    const ds = makeDataset({ statements: [makeStatement(), makeStatement({ id: 'doc-a.txt#2' as never, order: 2 })] });
    expect(parseDataset(JSON.parse(JSON.stringify(ds)))).toEqual(datasetSchema.parse(ds));
  });

  test('strips unknown keys of a statement, as zod does', () => {
    const ds = makeDataset();
    const input = JSON.parse(JSON.stringify({ ...ds, statements: [{ ...ds.statements[0], extra: 1 }] }));
    expect(parseDataset(input).statements[0]).toEqual(ds.statements[0]);
  });

  test('reports the problem zod reports first, with its path', () => {
    const ds = makeDataset();
    const badStatement = { ...ds, statements: [{ ...ds.statements[0], sentences: [[5, 2]] }], warnings: [{ file: 1 }] };
    expect(() => parseDataset(badStatement)).toThrow(/dataset is invalid at statements\.0\.sentences\.0: span end before start/);
    const badStance = { ...ds, stances: [{ ...ds.stances[0], confidence: 2 }] };
    expect(() => parseDataset(badStance)).toThrow(/at stances\.0\.confidence/);
    const badWarning = { ...ds, warnings: [{ file: 1 }] };
    expect(() => parseDataset(badWarning)).toThrow(/at warnings\.0\.file/);
    const badActor = { ...ds, actors: [{ ...ds.actors[0], code: 'fr' }], statements: [{ id: 'nope' }] };
    expect(() => parseDataset(badActor)).toThrow(/at actors\.0\.code/);
    expect(() => parseDataset({ ...ds, statements: 'none' })).toThrow(/at statements/);
    expect(() => parseDataset(null)).toThrow(/dataset is invalid at top level/);
  });
});
