import { describe, expect, test } from 'vitest';
import type { PairTrends } from '../../src/analysis/pair-trends';
import { agreementMatrix } from '../../src/analysis/agreement-matrix';
import { observationsFromDataset } from '../../src/analysis/observations';
import { sessionWindow } from '../../src/analysis/session-window';
import { positionsInWindow } from '../../src/analysis/window-positions';
import { actorCode } from '../../src/shared/ids';
import { indexDataset } from '../../src/shared/dataset-index';
import { parseConvergenceState } from '../../src/views/convergence/convergence-params';
import { namedGroups } from '../../src/components/named-groups';
import { matchesFilter, parseDelegationFilter } from '../../src/views/convergence/delegation-filter';
import { trendCsvRows, trendRows } from '../../src/views/convergence/trend-rows';
import { convergenceDataset } from '../fixtures/convergence-dataset';

const SESSIONS = [0, 1, 2, 3, 4, 5];
const state = (qs: string) => parseConvergenceState(new URLSearchParams(qs), SESSIONS);

describe('parseConvergenceState(params, sessions)', () => {
  test('defaults: the last session, the stable order, the middle session against the last', () => {
    expect(state('')).toMatchObject({
      first: 0, last: 5, at: 5, order: 'final', before: { from: 2, to: 2 }, after: { from: 5, to: 5 }, thin: false, mark: [],
    });
  });

  test('at snaps to the nearest session of the calendar', () => {
    expect(state('at=3').at).toBe(3);
    expect(state('at=99').at).toBe(5);
    expect(state('at=x').at).toBe(5);
  });

  test('windows read "S2-S2" or a bare number; outside the calendar or malformed they fall back', () => {
    expect(state('before=S1-S3&after=4')).toMatchObject({ before: { from: 1, to: 3 }, after: { from: 4, to: 4 } });
    expect(state('before=S9-S9&after=S3-S1')).toMatchObject({ before: { from: 2, to: 2 }, after: { from: 5, to: 5 } });
  });

  test('marked delegations are upper-case codes', () => {
    expect(state('mark=deu,%20IRN,,').mark).toEqual(['DEU', 'IRN']);
  });
});

describe('the delegation filter', () => {
  const index = indexDataset(convergenceDataset());
  const groups = namedGroups(index);
  const passing = (qs: string) => index.dataset.actors.map((a) => a.code).filter(matchesFilter(index, parseDelegationFilter(new URLSearchParams(qs)), groups));

  test('defaults to at least 3 positioned issues, no other filter', () => {
    expect(parseDelegationFilter(new URLSearchParams(''))).toEqual({ region: null, eu: false, group: null, q: '', min: 3 });
    expect(parseDelegationFilter(new URLSearchParams('min=0')).min).toBe(1);
  });

  test('region, EU and search narrow the delegations', () => {
    expect(passing('region=African')).toEqual(['KEN', 'ZAF']);
    expect(passing('eu=1')).toEqual(['DEU', 'FRA', 'NLD']);
    expect(passing('q=fr')).toEqual(['FRA', 'ZAF']);
  });

  test('a joint statement’s signatories form a named group', () => {
    const joint = groups.find((g) => g.id.startsWith('doc:'))!;
    expect([...joint.members].sort()).toEqual(['CHL', 'MEX']);
    expect(passing(`group=${encodeURIComponent(joint.id)}`)).toEqual(['CHL', 'MEX']);
  });
});

describe('trendRows(trends, direction, matrices, options)', () => {
  const dataset = convergenceDataset();
  const obs = observationsFromDataset(dataset);
  const before = agreementMatrix(positionsInWindow(obs, sessionWindow(1, 1)), dataset.issues);
  const after = agreementMatrix(positionsInWindow(obs, sessionWindow(1, 3)), dataset.issues);
  const trend = (a: string, b: string, change: number, insufficient = false) => ({
    a: actorCode(a), b: actorCode(b), before: 0, after: change, change, interval: { low: change / 2, high: change * 2 }, significant: true, insufficient,
  });
  const trends: PairTrends = {
    before: sessionWindow(1, 1),
    after: sessionWindow(1, 3),
    pairs: [],
    converging: [trend('BRA', 'DEU', 2), trend('BRA', 'CUB', 1.5, true), trend('BRA', 'FRA', 1)],
    diverging: [trend('BRA', 'RUS', -2)],
  };
  const options = { keep: (_code: string) => true, thin: false, limit: 10, nameOf: (c: string) => c };

  test('takes n in each window from its matrix', () => {
    const [row] = trendRows(trends, 'converging', { before, after }, options);
    expect(row).toMatchObject({ a: 'BRA', b: 'DEU', change: 2, nBefore: 5, nAfter: 5 });
  });

  test('leaves out insufficient pairs unless asked, and pairs with a delegation filtered out', () => {
    const pairs = (o: Partial<typeof options>) => trendRows(trends, 'converging', { before, after }, { ...options, ...o }).map((r) => `${r.a}-${r.b}`);
    expect(pairs({})).toEqual(['BRA-DEU', 'BRA-FRA']);
    expect(pairs({ thin: true })).toEqual(['BRA-DEU', 'BRA-CUB', 'BRA-FRA']);
    expect(pairs({ keep: (c: string) => c !== 'DEU' })).toEqual(['BRA-FRA']);
    expect(pairs({ limit: 1 })).toEqual(['BRA-DEU']);
  });

  test('the CSV names both windows and every number', () => {
    const rows = trendCsvRows(trendRows(trends, 'diverging', { before, after }, options), trends);
    expect(rows).toEqual([
      ['before_window', 'after_window', 'actor_a', 'actor_b', 'ca_before', 'ca_after', 'change', 'change_low', 'change_high', 'shared_issues_before', 'shared_issues_after', 'interval_excludes_zero', 'insufficient'],
      ['S1-S1', 'S1-S3', 'BRA', 'RUS', '0', '-2', '-2', '-1', '-4', '5', '5', 'true', 'false'],
    ]);
  });
});
