import { describe, expect, it } from 'vitest';
import { observationsFromDataset } from '../../src/analysis/observations';
import { sessionId } from '../../src/shared/ids';
import { dataset, groups, lbi, stance, statement, veto } from './fixtures';

describe('observationsFromDataset(dataset)', () => {
  it('gives one observation per (stance, actor in stance.actors), in stance order', () => {
    const data = dataset({
      statements: [statement('joint#1', ['DEU', 'FRA'])],
      stances: [stance('joint#1', ['DEU', 'FRA'], veto, 'oppose'), stance('joint#1', ['DEU', 'FRA'], lbi, 'oppose')],
    });
    const obs = observationsFromDataset(data);
    expect(obs.map((o) => `${o.actor} ${o.issue} ${o.position}`)).toEqual([
      'DEU stakeholder-veto oppose',
      'FRA stakeholder-veto oppose',
      'DEU legally-binding-instrument oppose',
      'FRA legally-binding-instrument oppose',
    ]);
  });

  it('carries the statement id, date and session number, and the score of the position', () => {
    const data = dataset({
      statements: [statement('rus#1', ['RUS'], { date: '2022-03-02', session: sessionId('oewg-2') })],
      stances: [stance('rus#1', ['RUS'], lbi, 'support')],
    });
    expect(observationsFromDataset(data)[0]).toMatchObject({
      actor: 'RUS', statement: 'rus#1', date: '2022-03-02', session: 2, placedSession: 2, score: 1, value: null, key: 'support',
    });
  });

  it('marks a statement with more than one author as joint and lists the co-authors, sorted', () => {
    const data = dataset({
      statements: [statement('joint#1', ['NLD', 'DEU', 'FRA']), statement('solo#1', ['NLD'])],
      stances: [stance('joint#1', ['NLD', 'DEU', 'FRA'], veto, 'oppose'), stance('solo#1', ['NLD'], veto, 'oppose')],
    });
    const [nld, deu, fra, solo] = observationsFromDataset(data);
    expect(nld).toMatchObject({ joint: true, coauthors: ['DEU', 'FRA'] });
    expect(deu).toMatchObject({ joint: true, coauthors: ['FRA', 'NLD'] });
    expect(fra).toMatchObject({ joint: true, coauthors: ['DEU', 'NLD'] });
    expect(solo).toMatchObject({ joint: false, coauthors: [] });
  });

  it('scores a numeric stance by its value, and a range by its midpoint', () => {
    const data = dataset({
      statements: [statement('a#1', ['AUS'])],
      stances: [stance('a#1', ['AUS'], groups, ['value', 3]), stance('a#1', ['AUS'], groups, ['value', [2, 3]])],
    });
    expect(observationsFromDataset(data).map((o) => [o.key, o.score])).toEqual([['value=3', 3], ['value=[2,3]', 2.5]]);
  });

  it('gives session null for a statement without a known session, placing it by date in the next session to end', () => {
    const data = dataset({
      statements: [
        statement('a#1', ['AUS'], { session: null, date: '2022-03-03' }), // during session 2 (March 1-5)
        statement('a#2', ['AUS'], { session: sessionId('elsewhere'), date: '2022-03-20' }), // between sessions 2 and 3
        statement('a#3', ['AUS'], { session: null, date: '2030-01-01' }), // after the last session
        statement('a#4', ['AUS'], { session: null, date: null }),
      ],
      stances: ['a#1', 'a#2', 'a#3', 'a#4'].map((s) => stance(s, ['AUS'], veto, 'support')),
    });
    expect(observationsFromDataset(data).map((o) => [o.session, o.placedSession])).toEqual([
      [null, 2],
      [null, 3],
      [null, null],
      [null, null],
    ]);
  });

  it('drops actors whose kind never carries stances when the actor list is given', () => {
    const actor = (code: string, kind: 'state' | 'chair') => ({ code: code as never, name: code, kind, region: null, eu: false, members: [] });
    const data = dataset({
      actors: [actor('DEU', 'state'), actor('CHAIR', 'chair')],
      statements: [statement('x#1', ['DEU'])],
      stances: [stance('x#1', ['DEU', 'CHAIR'], veto, 'oppose')],
    });
    expect(observationsFromDataset(data).map((o) => o.actor)).toEqual(['DEU']);
  });

  it('throws naming the stance on an unknown issue, statement or position', () => {
    const unknownIssue = { ...veto, id: 'no-such-issue' as never };
    expect(() => observationsFromDataset(dataset({ statements: [statement('x#1', ['DEU'])], stances: [stance('x#1', ['DEU'], unknownIssue, 'oppose', { id: 's-1' })] }))).toThrow(
      'stance s-1: unknown issue "no-such-issue"',
    );
    expect(() => observationsFromDataset(dataset({ stances: [stance('x#9', ['DEU'], veto, 'oppose', { id: 's-2' })] }))).toThrow(
      'stance s-2: unknown statement "x#9"',
    );
    expect(() => observationsFromDataset(dataset({ statements: [statement('x#1', ['DEU'])], stances: [stance('x#1', ['DEU'], veto, 'maybe', { id: 's-3' })] }))).toThrow(
      'stance s-3: issue "stakeholder-veto": unknown position "maybe"',
    );
  });
});
