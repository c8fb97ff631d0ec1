import { describe, expect, it } from 'vitest';
import { LARGE_CASE, syntheticDataset, syntheticIssues } from '../../src/analysis/synthetic';
import { issueSchema, sessionSchema, stanceSchema, statementSchema } from '../../src/shared/dataset-schema';

describe('syntheticDataset(options)', () => {
  it('is the same for the same seed and differs for another', () => {
    const a = syntheticDataset({ delegations: 10, seed: 5 });
    expect(syntheticDataset({ delegations: 10, seed: 5 })).toEqual(a);
    expect(syntheticDataset({ delegations: 10, seed: 6 }).dataset.stances).not.toEqual(a.dataset.stances);
  });

  it('defaults to the large case: 193 delegations x 14 issues x 12 sessions numbered 0..11', () => {
    const { dataset, actors } = syntheticDataset();
    expect(LARGE_CASE).toEqual({ delegations: 193, issues: 14, sessions: 12 });
    expect(actors).toHaveLength(193);
    expect(dataset.issues).toHaveLength(14);
    expect(dataset.sessions.map((s) => s.number)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(new Set(dataset.stances.map((s) => s.actors[0])).size).toBe(193);
  });

  it('splits the delegations into two blocs of (nearly) equal size', () => {
    const { actors, blocs } = syntheticDataset({ delegations: 41 });
    expect(blocs[0].length).toBe(21);
    expect(blocs[1].length).toBe(20);
    expect([...blocs[0], ...blocs[1]].sort()).toEqual([...actors]);
  });

  it('produces dataset parts that pass the dataset schema', () => {
    const { dataset } = syntheticDataset({ delegations: 8, sessions: 3 });
    for (const s of dataset.sessions) expect(() => sessionSchema.parse(s)).not.toThrow();
    for (const s of dataset.issues) expect(() => issueSchema.parse(s)).not.toThrow();
    for (const s of dataset.statements) expect(() => statementSchema.parse(s)).not.toThrow();
    for (const s of dataset.stances) expect(() => stanceSchema.parse(s)).not.toThrow();
  });

  it('mirrors the codebook shapes: two three-position issues, one numeric, the rest two-position', () => {
    const issues = syntheticIssues(14);
    expect(issues.filter((i) => i.scale === 'numeric').map((i) => i.range)).toEqual([[0, 8]]);
    expect(issues.filter((i) => i.positions.length === 3)).toHaveLength(2);
    expect(issues.filter((i) => i.scale === 'ordinal' && i.positions.length === 2)).toHaveLength(11);
  });
});
