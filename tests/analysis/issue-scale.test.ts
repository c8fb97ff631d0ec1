import { describe, expect, it } from 'vitest';
import { agreementOn, isWildcard, LIMITED_FRACTION, positionKey, scaleRange, scoreOf, type Stand } from '../../src/analysis/issue-scale';
import { positionId } from '../../src/shared/ids';
import type { StanceValue } from '../../src/shared/dataset-schema';
import { decisions, groups, lbi, numericIssue, ordinalIssue, veto } from './fixtures';

const P = positionId;
function stand(issue: Parameters<typeof scoreOf>[0], position: string, value: StanceValue | null = null): Stand {
  return { position: P(position), value, score: scoreOf(issue, P(position), value) };
}

describe('agreementOn(issue) on an ordinal issue', () => {
  const agree = agreementOn(lbi);

  it('is 1 - |score difference| / range, the range being max - min of the scores (2 here)', () => {
    expect(scaleRange(lbi)).toBe(2);
    expect(agree(stand(lbi, 'support'), stand(lbi, 'support'))).toBe(1);
    expect(agree(stand(lbi, 'support'), stand(lbi, 'open'))).toBe(0.5);
    expect(agree(stand(lbi, 'open'), stand(lbi, 'oppose'))).toBe(0.5);
    expect(agree(stand(lbi, 'support'), stand(lbi, 'oppose'))).toBe(0);
  });

  it('is symmetric', () => {
    expect(agree(stand(lbi, 'oppose'), stand(lbi, 'open'))).toBe(agree(stand(lbi, 'open'), stand(lbi, 'oppose')));
  });

  it('gives 1 or 0 on a two-position issue', () => {
    const a = agreementOn(veto);
    expect(a(stand(veto, 'support'), stand(veto, 'oppose'))).toBe(0);
    expect(a(stand(veto, 'oppose'), stand(veto, 'oppose'))).toBe(1);
  });

  it('leaves positions without a score out of the range and compares them by equality', () => {
    const issue = ordinalIssue('mechanism-format', { poa: 1, open: 0, oewg: -1, other: null });
    expect(scaleRange(issue)).toBe(2);
    const a = agreementOn(issue);
    expect(a(stand(issue, 'other'), stand(issue, 'other'))).toBe(1);
    expect(a(stand(issue, 'other'), stand(issue, 'open'))).toBe(0);
  });

  it('compares by equality when the scores span no range', () => {
    const flat = ordinalIssue('flat', { yes: 1, also: 1 });
    expect(scaleRange(flat)).toBeUndefined();
    expect(agreementOn(flat)(stand(flat, 'yes'), stand(flat, 'also'))).toBe(0);
  });

  it('treats "flexible" on an ordinal issue (decision-making) as an ordinary position', () => {
    expect(isWildcard(decisions, P('flexible'))).toBe(false);
    expect(agreementOn(decisions)(stand(decisions, 'flexible'), stand(decisions, 'consensus'))).toBe(0);
  });
});

describe('agreementOn(issue) on the numeric issue thematic-group-count', () => {
  const agree = agreementOn(groups); // range [0, 8]

  it('divides the difference of values by the declared range: 3 vs 5 on [0, 8] is 0.75', () => {
    expect(scaleRange(groups)).toBe(8);
    expect(agree(stand(groups, 'value', 3), stand(groups, 'value', 5))).toBe(0.75);
  });

  it('represents a range value [2, 3] by its midpoint 2.5', () => {
    expect(scoreOf(groups, P('value'), [2, 3])).toBe(2.5);
    expect(agree(stand(groups, 'value', [2, 3]), stand(groups, 'value', 3))).toBe(1 - 0.5 / 8);
  });

  it('scores "none" 0: no standing groups', () => {
    expect(scoreOf(groups, P('none'), null)).toBe(0);
    expect(agree(stand(groups, 'none'), stand(groups, 'value', 2))).toBe(0.75);
  });

  it('places "limited" near the low end: low + LIMITED_FRACTION x width, i.e. 2 on [0, 8]', () => {
    expect(LIMITED_FRACTION).toBe(0.25);
    expect(scoreOf(groups, P('limited'), null)).toBe(2);
    expect(agree(stand(groups, 'limited'), stand(groups, 'value', 2))).toBe(1);
    expect(agree(stand(groups, 'limited'), stand(groups, 'value', 6))).toBe(0.5);
    expect(agree(stand(groups, 'limited'), stand(groups, 'none'))).toBe(0.75);
    expect(scoreOf(numericIssue('other', [1, 9]), P('limited'), null)).toBe(3);
  });

  it('lets "flexible" agree fully with any value, with none, limited and itself', () => {
    const flexible = stand(groups, 'flexible');
    expect(flexible.score).toBeNull();
    for (const other of [stand(groups, 'value', 8), stand(groups, 'value', [2, 3]), stand(groups, 'none'), stand(groups, 'limited'), flexible]) {
      expect(agree(flexible, other)).toBe(1);
      expect(agree(other, flexible)).toBe(1);
    }
  });

  it('clamps at 0 for values outside the declared range', () => {
    expect(agree(stand(groups, 'value', 0), stand(groups, 'value', 12))).toBe(0);
  });

  it('compares "limited" by equality when the issue declares no range', () => {
    const open = numericIssue('no-range', null);
    expect(scoreOf(open, P('limited'), null)).toBeNull();
    expect(agreementOn(open)(stand(open, 'limited'), stand(open, 'limited'))).toBe(1);
  });
});

describe('scoreOf and positionKey', () => {
  it('scoreOf throws naming the issue and an unknown position', () => {
    expect(() => scoreOf(lbi, P('maybe'), null)).toThrow('issue "legally-binding-instrument": unknown position "maybe"');
  });

  it('positionKey tells values apart and leaves value-less positions as their id', () => {
    expect(positionKey(P('support'), null)).toBe('support');
    expect(positionKey(P('value'), 3)).toBe('value=3');
    expect(positionKey(P('value'), [2, 3])).toBe('value=[2,3]');
  });
});
