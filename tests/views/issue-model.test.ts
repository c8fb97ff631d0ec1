import { describe, expect, test } from 'vitest';
import { agreementMatrix } from '../../src/analysis/agreement-matrix';
import { observationsFromDataset } from '../../src/analysis/observations';
import { sessionWindow } from '../../src/analysis/session-window';
import { positionsInWindow } from '../../src/analysis/window-positions';
import { indexDataset } from '../../src/shared/dataset-index';
import { blocBasis, issueBridging } from '../../src/views/issue/bridging-model';
import { holdersByPosition } from '../../src/views/issue/holders-model';
import { issueTrend } from '../../src/views/issue/polarisation-model';
import { proposals } from '../../src/views/issue/proposals-model';
import { sessionBars } from '../../src/views/issue/session-bars-model';
import { roomDataset } from '../fixtures/room-dataset';
import { ROOM_SAID, twoCamps } from '../fixtures/room-said';

const dataset = roomDataset(ROOM_SAID);
const index = indexDataset(dataset);
const obs = observationsFromDataset(dataset);
const issue = (id: string) => index.issue.get(id)!;

describe('issue view models', () => {
  test('sessionBars(observations, issue, sessions) counts positions carried forward and the newly evidenced per session', () => {
    const model = sessionBars(obs, issue('mechanism-format'), [1, 2, 3]);
    expect(model.categories.map((c) => c.label)).toEqual(['Programme of Action', 'Open', 'OEWG format']);
    expect(model.rows.map((r) => [r.session, ...r.counts, r.positioned, r.fresh])).toEqual([
      [1, 3, 0, 1, 4, 4],
      [2, 3, 1, 2, 6, 2],
      [3, 5, 0, 2, 7, 3],
    ]);
  });

  test('sessionBars on the numeric issue makes each figure its own category, labelled by the figure', () => {
    const model = sessionBars(obs, issue('thematic-group-count'), [3]);
    expect(model.categories.map((c) => c.label)).toEqual(['2–3', '3', 'A limited number']);
  });

  test('issueTrend(observations, issue, window, sessions) measures convergence between the first and last sessions with evidence', () => {
    const trend = issueTrend(obs, issue('stakeholder-veto'), sessionWindow(1, 3), [1, 2, 3]);
    expect(trend.evidenced).toEqual([2]);
    expect(trend.convergence).toBeUndefined();
    expect(trend.points.map((p) => p.n)).toEqual([0, 4, 4]);
    const format = issueTrend(obs, issue('mechanism-format'), sessionWindow(1, 3), [1, 2, 3]);
    expect(format.convergence).toMatchObject({ first: 1, last: 3, panel: 4 });
  });

  test('proposals(observations, issue, window, sessions) lists figures in the window only, ranges with low and high', () => {
    const all = proposals(obs, 'thematic-group-count', sessionWindow(1, 3), dataset.sessions);
    expect(all.map((p) => [p.actor, p.low, p.high])).toEqual([['DEU', 3, 3], ['FRA', 3, 3], ['USA', 2, 3]]);
    expect(proposals(obs, 'thematic-group-count', sessionWindow(3, 3), dataset.sessions)).toHaveLength(2);
  });

  test('holdersByPosition(index, positions, issue) groups holders in codebook order, each with their latest stance', () => {
    const groups = holdersByPosition(index, positionsInWindow(obs, sessionWindow(1, 3)), issue('mechanism-format'));
    expect(groups.map((g) => [g.category.position, g.holders.map((h) => h.held.actor)])).toEqual([
      ['poa', ['BRA', 'FRA', 'DEU', 'KEN', 'USA']],
      ['oewg', ['CHN', 'RUS']],
    ]);
    expect(groups[0]!.holders.find((h) => h.held.actor === 'BRA')!.stance!.quote).toBe('Brazil now supports the Programme of Action.');
    expect(groups[0]!.entries).toHaveLength(5); // no joint statements: one entry per delegation
  });

  test('blocBasis(index, matrix) falls back to the UN regional groups when too few delegations can be clustered', () => {
    const basis = blocBasis(index, agreementMatrix(positionsInWindow(obs, sessionWindow(1, 3)), dataset.issues, { resamples: 20 }));
    expect(basis.kind).toBe('regions');
    expect(basis.blocs.map((b) => b.label)).toEqual(['African', 'Asia-Pacific', 'Eastern European', 'GRULAC', 'WEOG']);
  });

  test('blocBasis(index, matrix) clusters the agreement matrix when enough delegations hold three or more positions', () => {
    const camps = roomDataset(twoCamps());
    const positions = positionsInWindow(observationsFromDataset(camps), sessionWindow(1, 3));
    const basis = blocBasis(indexDataset(camps), agreementMatrix(positions, camps.issues, { resamples: 20 }));
    expect(basis.kind).toBe('blocs');
    expect(basis.clustered).toBe(8);
    const sets = basis.blocs.map((b) => [...b.members].sort().join(' '));
    expect(sets.filter((s) => s.includes('DEU'))[0]).not.toMatch(/RUS/);
    const rows = issueBridging(positions, camps.issues[0]!, basis);
    expect(rows.map((r) => r.position).sort()).toEqual(['oewg', 'poa']);
  });
});
