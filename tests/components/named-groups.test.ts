// The named groups both views filter by: member lists first, then one entry per joint statement's document.
import { describe, expect, test } from 'vitest';
import { namedGroups } from '../../src/components/named-groups';
import { splitDataset } from '../../src/shared/client-dataset';
import { indexDataset } from '../../src/shared/dataset-index';
import { actorCode, statementId, documentId } from '../../src/shared/ids';
import { makeDataset, makeStatement } from '../fixtures/make-dataset';

const [FRA, DEU, NLD] = [actorCode('FRA'), actorCode('DEU'), actorCode('NLD')] as const;
const doc = documentId('doc-a.txt');
const dataset = makeDataset({
  actors: [
    { code: FRA, name: 'France', kind: 'state', region: 'WEOG', eu: true, members: [] },
    { code: DEU, name: 'Germany', kind: 'state', region: 'WEOG', eu: true, members: [] },
    { code: NLD, name: 'Netherlands', kind: 'state', region: 'WEOG', eu: true, members: [] },
    { code: actorCode('BENELUX'), name: 'Benelux', kind: 'group', region: null, eu: false, members: [NLD] },
  ],
  statements: [
    makeStatement({ id: statementId(doc, 1), order: 1, actor: null, authors: [FRA, DEU], words: 4 }),
    makeStatement({ id: statementId(doc, 2), order: 2, actor: null, authors: [FRA, DEU, NLD], words: 4 }),
    makeStatement({ id: statementId(doc, 3), order: 3, actor: FRA, authors: [FRA], words: 4 }),
  ],
  stances: [],
});

describe('namedGroups(index)', () => {
  const index = indexDataset(splitDataset(dataset).dataset);

  test('lists groups with members, then each document with a joint statement once', () => {
    const groups = namedGroups(index);
    expect(groups.map((g) => g.id)).toEqual(['BENELUX', `doc:${doc}`]);
    expect(groups[0]!.label).toBe('Benelux (members)');
    expect(groups[1]!.label).toBe('Signatories: Doc A');
    expect([...groups[1]!.members].sort()).toEqual(['DEU', 'FRA']);
  });

  test('is computed once per dataset index', () => {
    expect(namedGroups(index)).toBe(namedGroups(index));
    expect(namedGroups(indexDataset(splitDataset(dataset).dataset))).not.toBe(namedGroups(index));
  });
});
