// matchSentence: the number of thematic groups, in words or digits, as a value or a range.
import { describe, expect, test } from 'vitest';
import { parseCount } from '../../scripts/tagging/numbers';
import { tag } from './tagging-fixture';

describe('parseCount', () => {
  test('reads words and digits', () => {
    expect(parseCount('three')).toBe(3);
    expect(parseCount('4')).toBe(4);
  });
  test('reads ranges in either order as [min, max]', () => {
    expect(parseCount('two or three')).toEqual([2, 3]);
    expect(parseCount('between four and two')).toEqual([2, 4]);
  });
  test('gives null when there is no number', () => {
    expect(parseCount('several')).toBeNull();
  });
});

describe('matchSentence: thematic-group-count', () => {
  test('"three dedicated thematic working groups" is 3', () => {
    expect(tag('We think three dedicated thematic working groups would be a sensible start.')).toEqual(['thematic-group-count:value:3']);
  });

  test('"two or three" is the range 2-3', () => {
    expect(tag('We could envisage two or three thematic groups in the first cycle.')).toEqual(['thematic-group-count:value:2-3']);
  });

  test('"two or maybe three" is the range 2-3', () => {
    expect(tag('We would favour two or maybe three dedicated groups.')).toEqual(['thematic-group-count:value:2-3']);
  });

  test('digits count too', () => {
    expect(tag('We propose 4 thematic groups.')).toEqual(['thematic-group-count:value:4']);
  });

  test('"a limited number" of groups is limited', () => {
    expect(tag('We would prefer a limited number of groups to ensure the participation of small delegations.')).toEqual(['thematic-group-count:limited']);
  });

  test('"should not exceed what is strictly necessary" is limited', () => {
    expect(tag('The number of groups should not exceed what is strictly necessary.')).toEqual(['thematic-group-count:limited']);
  });

  test('being flexible on the number is flexible', () => {
    expect(tag('We are flexible regarding the number of thematic groups.')).toEqual(['thematic-group-count:flexible']);
  });

  test('not wanting any standing groups is none', () => {
    expect(tag('We do not see the need for standing thematic groups.')).toEqual(['thematic-group-count:none']);
  });

  test('numbers of meetings or days are not numbers of groups', () => {
    expect(tag('Each group should hold two annual meetings of three days.')).toEqual([]);
  });

  test('a number judged "too many" is no proposal', () => {
    expect(tag('We believe five thematic groups would be too many for small delegations.')).toEqual([]);
  });

  test('a figure with "a limited number" in one statement: both are found, the figure is more confident', () => {
    expect(tag('We advocate a limited number of groups, ideally three thematic groups.')).toEqual(['thematic-group-count:limited', 'thematic-group-count:value:3']);
  });
});
