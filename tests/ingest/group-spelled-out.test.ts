import { describe, expect, test } from 'vitest';
import { groupSpelledOut } from '../../scripts/ingest/group-spelled-out';
import { registry } from '../fixtures/ingest/pipeline-input';

const spelled = (named: string[], self: string | null = null) => groupSpelledOut(registry(), named as never[], self as never);

describe('groupSpelledOut(registry, named, self): a group named by its members', () => {
  test('every member of a group and no one else is the group, in any order', () => {
    expect(spelled(['AUS', 'CAN', 'NZL'])).toBe('CANZ');
    expect(spelled(['NZL', 'AUS', 'CAN'])).toBe('CANZ');
    expect(spelled(['BEL', 'NLD', 'LUX'])).toBe('BENELUX');
  });

  test('the speaker "and my own country" completes the list', () => {
    expect(spelled(['DNK', 'FIN', 'ISL', 'SWE'], 'NOR')).toBe('NORDIC');
    expect(spelled(['DNK', 'FIN', 'ISL', 'SWE'])).toBeNull();
  });

  test('some members, or members with a state from outside, are states speaking together', () => {
    expect(spelled(['AUS', 'CAN'])).toBeNull();
    expect(spelled(['AUS', 'CAN', 'NZL', 'JPN'])).toBeNull();
    expect(spelled(['AUS'])).toBeNull();
  });

  test('a group with some of its own members named ("the GCC, namely Bahrain, Kuwait, ...") is the group', () => {
    expect(spelled(['GCC', 'BHR', 'KWT', 'OMN', 'SAU', 'ARE'], 'QAT')).toBe('GCC');
    expect(spelled(['GCC', 'BHR'])).toBe('GCC');
  });

  test('a group and the speaker alone, a group with a state from outside, or two groups stay as they are', () => {
    // "on behalf of the African Group and in my national capacity": the group and Kenya.
    expect(spelled(['AFRICAN-GROUP'], 'KEN')).toBeNull();
    expect(spelled(['GCC', 'JPN'])).toBeNull();
    expect(spelled(['GCC', 'CANZ'])).toBeNull();
  });

  test('members shared by two groups (the African Group and the African Union) name neither', () => {
    const african = registry().byCode('AFRICAN-GROUP')!.members;
    expect([...registry().byCode('AU')!.members].sort()).toEqual([...african].sort());
    expect(spelled(african)).toBeNull();
  });
});
