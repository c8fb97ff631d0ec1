// evaluate(): micro-averaged scores over (document, actor, issue, position) units.
import { describe, expect, test } from 'vitest';
import { evaluate, formatEvaluation, parseGold } from '../../scripts/tagging/evaluate';
import { actorCode, issueId, positionId } from '../../src/shared/ids';
import { makeDataset, makeStance } from '../fixtures/make-dataset';

const dataset = makeDataset({
  stances: [
    makeStance({ actors: [actorCode('FRA'), actorCode('DEU')] }),
    makeStance({ id: 'count', issue: issueId('thematic-group-count'), position: positionId('value'), value: [2, 3] }),
  ],
});

describe('evaluate', () => {
  test('counts each author of a joint stance as a unit and requires the value of a value position', () => {
    const gold = parseGold(
      [
        '{"doc": "doc-a.txt", "actor": "FRA", "issue": "mechanism-format", "position": "poa", "quote": "ignored"}',
        '{"doc": "doc-a.txt", "actor": "FRA", "issue": "thematic-group-count", "position": "value", "value": 3}',
        '{"doc": "doc-a.txt", "actor": "USA", "issue": "mechanism-format", "position": "oewg"}',
      ].join('\n'),
    );
    const e = evaluate(dataset, gold.units);
    expect(e.overall).toMatchObject({ tp: 1, fp: 2, fn: 2 });
    expect(e.detection).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(e.falsePositives.map((m) => `${m.actor} ${m.issue} ${m.position}`)).toEqual(['DEU mechanism-format poa', 'FRA thematic-group-count value 2-3']);
    expect(e.falseNegatives.map((m) => `${m.actor} ${m.issue}`)).toEqual(['FRA thematic-group-count', 'USA mechanism-format']);
  });

  test('a range in the gold matches the same range', () => {
    const gold = parseGold('{"doc": "doc-a.txt", "actor": "FRA", "issue": "thematic-group-count", "position": "value", "value": [2, 3]}');
    expect(evaluate(dataset, gold.units).byIssue.get('thematic-group-count')).toMatchObject({ tp: 1, fn: 0 });
  });

  test('ends its report with the line "micro-F1 <f> precision <p> recall <r>"', () => {
    const gold = parseGold('{"doc": "doc-a.txt", "actor": "FRA", "issue": "mechanism-format", "position": "poa"}');
    const last = formatEvaluation(evaluate(dataset, gold.units)).trimEnd().split('\n').at(-1);
    expect(last).toBe('micro-F1 0.500 precision 0.333 recall 1.000');
  });

  test('reports a bad gold line by its number', () => {
    expect(parseGold('{"doc": "a.txt", "actor": "FRA"}\nnot json').problems).toEqual([expect.stringMatching(/^line 1: /), expect.stringMatching(/^line 2: /)]);
  });
});
