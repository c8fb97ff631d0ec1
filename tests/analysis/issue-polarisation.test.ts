import { describe, expect, it } from 'vitest';
import { issuePolarisation, majorityPosition } from '../../src/analysis/issue-polarisation';
import { groups, lbi, room, veto } from './fixtures';

describe('issuePolarisation(positions, issue)', () => {
  it('is the mean distance over pairs of positioned delegations: support, support, oppose gives 2/3', () => {
    // pairs: (s, s) 0, (s, o) 1, (s, o) 1 -> 2/3
    const positions = room({ AAA: { [veto.id]: 'support' }, BBB: { [veto.id]: 'support' }, CCC: { [veto.id]: 'oppose' } }, [veto]);
    expect(issuePolarisation(positions, veto)).toEqual({ issue: veto.id, polarisation: 2 / 3, n: 3 });
  });

  it('counts partial distances on a three-position issue: support, open, oppose gives (.5 + 1 + .5) / 3', () => {
    const positions = room({ AAA: { [lbi.id]: 'support' }, BBB: { [lbi.id]: 'open' }, CCC: { [lbi.id]: 'oppose' } }, [lbi]);
    expect(issuePolarisation(positions, lbi).polarisation).toBeCloseTo(2 / 3, 12);
  });

  it('is 0 for a unanimous room', () => {
    const positions = room({ AAA: { [veto.id]: 'oppose' }, BBB: { [veto.id]: 'oppose' } }, [veto]);
    expect(issuePolarisation(positions, veto).polarisation).toBe(0);
  });

  it('is undefined below two positioned delegations, with n', () => {
    const positions = room({ AAA: { [veto.id]: 'oppose' }, BBB: { [lbi.id]: 'oppose' } }, [veto, lbi]);
    expect(issuePolarisation(positions, veto)).toEqual({ issue: veto.id, polarisation: undefined, n: 1 });
  });
});

describe('majorityPosition(positions, issue)', () => {
  it('gives the most held position, its share and n', () => {
    const positions = room(
      { AAA: { [lbi.id]: 'oppose' }, BBB: { [lbi.id]: 'oppose' }, CCC: { [lbi.id]: 'support' }, DDD: { [veto.id]: 'support' } },
      [lbi, veto],
    );
    expect(majorityPosition(positions, lbi)).toMatchObject({ position: 'oppose', value: null, share: 2 / 3, n: 3 });
  });

  it('breaks a tie by codebook order', () => {
    const positions = room({ AAA: { [lbi.id]: 'oppose' }, BBB: { [lbi.id]: 'support' } }, [lbi]);
    expect(majorityPosition(positions, lbi)).toMatchObject({ position: 'support', share: 0.5 });
  });

  it('treats each value of the numeric issue as its own position', () => {
    const positions = room(
      { AAA: { [groups.id]: ['value', 3] }, BBB: { [groups.id]: ['value', 3] }, CCC: { [groups.id]: ['value', 5] } },
      [groups],
    );
    expect(majorityPosition(positions, groups)).toMatchObject({ position: 'value', value: 3, key: 'value=3', share: 2 / 3 });
  });

  it('is undefined when nobody holds a position', () => {
    expect(majorityPosition(room({}, [lbi]), lbi)).toBeUndefined();
  });
});
