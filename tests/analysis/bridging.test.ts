import { describe, expect, it } from 'vitest';
import { bridgingPositions } from '../../src/analysis/bridging';
import { codes, format, lbi, room, veto } from './fixtures';

// Bloc 1: AAA, BBB. Bloc 2: CCC, DDD.
const positions = room(
  {
    AAA: { [veto.id]: 'support', [format.id]: 'hybrid', [lbi.id]: 'support' },
    BBB: { [veto.id]: 'support', [format.id]: 'hybrid' },
    CCC: { [veto.id]: 'support', [format.id]: 'in-person' },
    DDD: { [veto.id]: 'oppose', [format.id]: 'in-person' },
    EEE: { [veto.id]: 'oppose' }, // in no bloc: ignored
  },
  [veto, format, lbi],
);
const blocs = [codes(['AAA', 'BBB']), codes(['CCC', 'DDD'])];

describe('bridgingPositions(positions, issues, blocs)', () => {
  const ranking = bridgingPositions(positions, [veto, format, lbi], blocs);
  const score = (issue: string, key: string) => ranking.find((r) => r.issue === issue && r.key === key)!;

  it('smooths support per bloc as (agree + 1) / (positioned + 2)', () => {
    expect(score(veto.id, 'support').support).toEqual([3 / 4, 2 / 4]);
    expect(score(veto.id, 'oppose').support).toEqual([1 / 4, 2 / 4]);
    expect(score(veto.id, 'support')).toMatchObject({ agree: [2, 1], positioned: [2, 2] });
  });

  it('scores a position by the geometric mean of its support over blocs', () => {
    expect(score(veto.id, 'support').score).toBeCloseTo(Math.sqrt(3 / 8), 12);
    expect(score(format.id, 'hybrid').score).toBeCloseTo(Math.sqrt(3 / 16), 12);
  });

  it('lets a bloc silent on the issue support every position at 1/2', () => {
    expect(score(lbi.id, 'support').support).toEqual([2 / 3, 1 / 2]);
  });

  it('ranks the position both blocs can hold above those held by one bloc; ties by issue, then codebook order', () => {
    expect(ranking.map((r) => `${r.issue}:${r.key}`)).toEqual([
      'stakeholder-veto:support', // sqrt(3/8) = .612
      'legally-binding-instrument:support', // sqrt(1/3) = .577
      'meeting-format:in-person', // sqrt(3/16) = .433, tie: in-person before hybrid in the codebook
      'meeting-format:hybrid',
      'stakeholder-veto:oppose', // sqrt(1/8) = .354
    ]);
  });

  it('lists only positions some bloc member holds', () => {
    expect(ranking.some((r) => r.issue === lbi.id && r.key === 'oppose')).toBe(false);
  });
});
