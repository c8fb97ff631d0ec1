import { describe, expect, it } from 'vitest';
import { observationsFromDataset } from '../../src/analysis/observations';
import { sessionWindow } from '../../src/analysis/session-window';
import { positionOf, positionsInWindow } from '../../src/analysis/window-positions';
import { sessionId } from '../../src/shared/ids';
import { A, dataset, lbi, observation, stance, statement, veto } from './fixtures';

const w = sessionWindow;

describe('positionsInWindow(observations, window)', () => {
  it('leaves silence missing: a delegation that never spoke on an issue holds no position there', () => {
    const positions = positionsInWindow([observation(veto, 'DEU', 'oppose')], w(1, 1));
    expect(positionOf(positions, A('DEU'), veto.id)?.position).toBe('oppose');
    expect(positionOf(positions, A('DEU'), lbi.id)).toBeUndefined();
    expect(positions.positions).toHaveLength(1);
  });

  it('lists only delegations holding a position, sorted by code', () => {
    const positions = positionsInWindow([observation(veto, 'USA', 'support'), observation(veto, 'CHN', 'support')], w(1, 1));
    expect(positions.actors).toEqual(['CHN', 'USA']);
  });

  it('carries evidence from before the window forward, and says so', () => {
    const positions = positionsInWindow([observation(veto, 'DEU', 'oppose', { session: 1 })], w(3, 4));
    expect(positionOf(positions, A('DEU'), veto.id)).toMatchObject({ position: 'oppose', carried: true, session: 1 });
  });

  it('carries a position across windows until it is contradicted', () => {
    const history = [
      observation(lbi, 'RUS', 'open', { session: 1, statement: 'r#1' as never }),
      observation(lbi, 'RUS', 'support', { session: 5, statement: 'r#5' as never }),
    ];
    const held = (from: number, to: number) => positionOf(positionsInWindow(history, w(from, to)), A('RUS'), lbi.id)?.position;
    expect(held(0, 0)).toBeUndefined();
    expect(held(1, 2)).toBe('open');
    expect(held(3, 4)).toBe('open');
    expect(held(5, 6)).toBe('support');
    expect(held(9, 11)).toBe('support');
  });

  it('ignores evidence after the window ends', () => {
    const positions = positionsInWindow([observation(veto, 'DEU', 'oppose', { session: 4 })], w(1, 3));
    expect(positions.positions).toEqual([]);
  });

  it('keeps the date of the last evidence and the statements behind the position since it last changed', () => {
    const history = [
      observation(veto, 'BRA', 'oppose', { session: 1, date: '2022-02-01', statement: 'b#1' as never }),
      observation(veto, 'BRA', 'support', { session: 2, date: '2022-03-01', statement: 'b#2' as never }),
      observation(veto, 'BRA', 'support', { session: 3, date: '2022-04-02', statement: 'b#3' as never }),
    ];
    expect(positionOf(positionsInWindow(history, w(3, 3)), A('BRA'), veto.id)).toMatchObject({
      position: 'support',
      date: '2022-04-02',
      statements: ['b#2', 'b#3'],
      carried: false,
    });
  });

  it('orders evidence within a session by date, then input order', () => {
    const history = [
      observation(veto, 'BRA', 'oppose', { session: 2, date: '2022-03-04' }),
      observation(veto, 'BRA', 'support', { session: 2, date: '2022-03-01' }),
    ];
    expect(positionOf(positionsInWindow(history, w(2, 2)), A('BRA'), veto.id)?.position).toBe('oppose');
  });

  it('tells a position resting only on joint statements, with the partners who signed them all', () => {
    const joint = { joint: true, coauthors: [A('FRA'), A('NLD')] };
    const onlyJoint = positionsInWindow(
      [observation(veto, 'DEU', 'oppose', { ...joint, statement: 'j#1' as never }), observation(veto, 'DEU', 'oppose', { joint: true, coauthors: [A('FRA')], statement: 'j#2' as never })],
      w(1, 1),
    );
    expect(positionOf(onlyJoint, A('DEU'), veto.id)).toMatchObject({ jointOnly: true, partners: ['FRA'] });

    const alsoSolo = positionsInWindow([observation(veto, 'DEU', 'oppose', joint), observation(veto, 'DEU', 'oppose')], w(1, 1));
    expect(positionOf(alsoSolo, A('DEU'), veto.id)).toMatchObject({ jointOnly: false, partners: [] });
  });

  it('counts by date an observation without a known session, and ignores and counts one without either', () => {
    const data = dataset({
      statements: [
        statement('a#1', ['AUS'], { session: null, date: '2022-03-03' }), // during session 2
        statement('b#1', ['BRA'], { session: sessionId('oewg-4') }),
        statement('c#1', ['CAN'], { session: null, date: null }),
      ],
      stances: [stance('a#1', ['AUS'], veto, 'support'), stance('b#1', ['BRA'], veto, 'support'), stance('c#1', ['CAN'], veto, 'support')],
    });
    const positions = positionsInWindow(observationsFromDataset(data), w(2, 3));
    expect(positions.actors).toEqual(['AUS']);
    expect(positions.ignored).toBe(1);
  });
});
