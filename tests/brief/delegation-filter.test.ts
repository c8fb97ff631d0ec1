import { describe, expect, test } from 'vitest';
import { groupChoices, NO_FILTER, resolveDelegations } from '../../src/brief/delegation-filter';
import { convergingRoom } from './brief-fixture';

describe('resolveDelegations(dataset, filter)', () => {
  const ds = convergingRoom();

  test('no filter lets every delegation through', () => {
    expect(resolveDelegations(ds, NO_FILTER)).toEqual({ actors: undefined, label: 'all delegations' });
  });

  test('a regional group keeps its states only, never the Chair', () => {
    expect(resolveDelegations(ds, { ...NO_FILTER, region: 'GRULAC' })).toEqual({ actors: ['BRA', 'CUB'], label: 'GRULAC group' });
  });

  test('the EU filter keeps the EU and its member states; combined filters intersect', () => {
    expect(resolveDelegations(ds, { ...NO_FILTER, eu: true }).actors).toEqual(['DEU', 'EU', 'FRA']);
    expect(resolveDelegations(ds, { ...NO_FILTER, eu: true, region: 'WEOG' })).toEqual({ actors: ['DEU', 'FRA'], label: 'WEOG group; the EU and its member states' });
  });

  test('a named group keeps its known members and the group itself', () => {
    expect(resolveDelegations(ds, { ...NO_FILTER, group: 'NAM' })).toEqual({ actors: ['CUB', 'IRN', 'NAM', 'ZAF'], label: 'Non-Aligned Movement (members)' });
  });

  test("a joint statement's signatories are a group", () => {
    const choice = groupChoices(ds).find((g) => g.label === 'Signatories: Joint statement on stakeholders')!;
    expect(choice.members).toEqual(['DEU', 'FRA', 'USA']);
    expect(resolveDelegations(ds, { ...NO_FILTER, group: choice.id }).actors).toEqual(['DEU', 'FRA', 'USA']);
  });

  test('an unknown group is an error naming it', () => {
    expect(() => resolveDelegations(ds, { ...NO_FILTER, group: 'XYZ' })).toThrow(/unknown group "XYZ" \(known: NAM, doc:/);
  });
});
