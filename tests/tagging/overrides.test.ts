// data/overrides.yaml: human corrections on top of the tagger, marked as such; bad ones are
// problems with file and line and change nothing.
import { describe, expect, test } from 'vitest';
import { applyOverrides, loadOverrides } from '../../scripts/tagging/overrides';
import type { DatasetDocument, Stance, Statement } from '../../src/shared/dataset-schema';
import { actorCode, documentId, issueId, positionId, statementId } from '../../src/shared/ids';
import { codebook, registry } from './tagging-fixture';

const TEXT = 'We support a Programme of Action. Meetings should also be held in Geneva.';
const doc: DatasetDocument = { id: documentId('doc.txt'), file: 'doc.txt', title: 'Doc', kind: 'joint-statement', format: 'txt', date: null, session: null, meeting: null, agenda: null, url: null, sha256: 'a'.repeat(64), text: TEXT };
const statement: Statement = {
  id: statementId(doc.id, 1), document: doc.id, order: 1, speaker: 'France', speakerSource: 'signatories', actor: actorCode('FRA'),
  authors: [actorCode('FRA'), actorCode('DEU')], onBehalfOf: [], alignedWith: [], aligned: [], date: null, session: null, meeting: null,
  span: [0, TEXT.length], sentences: [[0, 33], [34, TEXT.length]], words: 13,
};
const tagged: Stance = {
  id: 'doc.txt#1/mechanism-format', statement: statement.id, document: doc.id, actors: [actorCode('FRA'), actorCode('DEU')],
  issue: issueId('mechanism-format'), position: positionId('poa'), value: null, confidence: 0.85, source: 'tagger',
  evidence: [{ span: [0, 33], rule: 'poa-endorse' }], quote: TEXT.slice(0, 33), override: null,
};
const ctx = { documents: [doc], statements: [statement], codebook, carriesStances: (c: string) => registry.carriesStances(c as never), file: 'data/overrides.yaml' };
const apply = (yaml: string) => {
  const loaded = loadOverrides(yaml, 'data/overrides.yaml');
  const applied = applyOverrides([tagged], loaded.overrides, ctx);
  return { stances: applied.stances, problems: [...loaded.problems, ...applied.problems] };
};
const entry = (fields: string) => `- statement: "doc.txt#1"\n  reason: read the sentence again\n  by: reviewer\n${fields}`;

describe('overrides', () => {
  test('an empty file changes nothing', () => {
    expect(apply('[]\n')).toEqual({ stances: [tagged], problems: [] });
  });

  test('remove takes one author out of a joint stance and keeps the others', () => {
    const { stances, problems } = apply(entry('  actor: DEU\n  issue: mechanism-format\n  action: remove\n'));
    expect(problems).toEqual([]);
    expect(stances.map((s) => s.actors)).toEqual([['FRA']]);
  });

  test('change gives the one author a corrected stance marked as an override, with reason and author', () => {
    const { stances, problems } = apply(entry('  actor: FRA\n  issue: mechanism-format\n  action: change\n  position: open\n'));
    expect(problems).toEqual([]);
    expect(stances.map((s) => [s.actors, s.position, s.source])).toEqual([
      [['DEU'], 'poa', 'tagger'],
      [['FRA'], 'open', 'override'],
    ]);
    expect(stances[1]!.override).toEqual({ reason: 'read the sentence again', by: 'reviewer' });
    expect(stances[1]!.quote).toBe(tagged.quote);
  });

  test('add creates a stance quoting the given sentence of the statement', () => {
    const { stances, problems } = apply(entry('  actor: DEU\n  issue: meeting-venue\n  action: add\n  position: rotate\n  quote: Meetings should also be held in Geneva.\n'));
    expect(problems).toEqual([]);
    const added = stances.find((s) => s.issue === 'meeting-venue')!;
    expect(added).toMatchObject({ actors: ['DEU'], position: 'rotate', source: 'override', confidence: 1, evidence: [{ span: [34, TEXT.length], rule: 'override' }] });
    expect(added.quote).toBe('Meetings should also be held in Geneva.');
  });

  test('add takes a numeric value for the value position', () => {
    const { stances, problems } = apply(entry('  actor: FRA\n  issue: thematic-group-count\n  action: add\n  position: value\n  value: [2, 3]\n'));
    expect(problems).toEqual([]);
    expect(stances.find((s) => s.issue === 'thematic-group-count')).toMatchObject({ value: [2, 3], quote: TEXT });
  });

  test.each([
    ['an unknown statement', '- statement: "doc.txt#9"\n  actor: FRA\n  issue: mechanism-format\n  action: remove\n  reason: r\n  by: b\n', 'unknown statement'],
    ['an actor who is not an author', entry('  actor: USA\n  issue: mechanism-format\n  action: remove\n'), 'not an author'],
    ['an unknown issue', entry('  actor: FRA\n  issue: no-such-issue\n  action: remove\n'), 'unknown issue'],
    ['a position of another issue', entry('  actor: FRA\n  issue: mechanism-format\n  action: change\n  position: rotate\n'), 'unknown position'],
    ['a value on a position without one', entry('  actor: FRA\n  issue: mechanism-format\n  action: change\n  position: poa\n  value: 3\n'), 'only the value position'],
    ['removing a tag the tagger did not give', entry('  actor: FRA\n  issue: meeting-venue\n  action: remove\n'), 'no such tag'],
    ['adding a tag the tagger already gives', entry('  actor: FRA\n  issue: mechanism-format\n  action: add\n  position: poa\n'), 'already gives'],
    ['a quote that is not in the statement', entry('  actor: FRA\n  issue: meeting-venue\n  action: add\n  position: rotate\n  quote: Not in the text.\n'), 'quote not found'],
  ])('%s is a problem with the line of the entry, and changes nothing', (_name, yaml, message) => {
    const { stances, problems } = apply('# corrections\n' + yaml);
    expect(stances).toEqual([tagged]);
    expect(problems).toEqual([{ file: 'data/overrides.yaml', line: 2, message: expect.stringContaining(message) }]);
  });

  test('an entry missing its reason is a problem naming the field and its line', () => {
    const { problems } = apply('- statement: "doc.txt#1"\n  actor: FRA\n  issue: mechanism-format\n  action: remove\n  by: b\n');
    expect(problems).toEqual([{ file: 'data/overrides.yaml', line: 1, message: expect.stringContaining('reason') }]);
  });

  test('broken YAML is a problem with its line, not a crash', () => {
    const { stances, problems } = apply('- statement: "doc.txt#1\n  actor: [FRA\n');
    expect(stances).toEqual([tagged]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatchObject({ file: 'data/overrides.yaml', line: expect.any(Number) });
  });

  test('the Chair never gets a stance, not even by hand', () => {
    const chairs: Statement = { ...statement, authors: [actorCode('CHAIR')] };
    const loaded = loadOverrides(entry('  actor: CHAIR\n  issue: mechanism-format\n  action: add\n  position: poa\n'), 'data/overrides.yaml');
    const { stances, problems } = applyOverrides([], loaded.overrides, { ...ctx, statements: [chairs] });
    expect(stances).toEqual([]);
    expect(problems[0]!.message).toContain('carries no stances');
  });
});
