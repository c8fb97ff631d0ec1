// Canonical JSON, whole or member by member: the dataset is hashed and written from its
// members, so they must join to exactly the text canonicalJson gives.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { orderDataset, sealDataset } from '../../scripts/pipeline/06-assemble';
import { canonicalJson, canonicalJsonMembers, objectText, type JsonMembers } from '../../src/shared/canonical-json';
import type { DatasetBody } from '../../src/shared/dataset-schema';
import { makeDataset } from '../fixtures/make-dataset';

const text = (members: JsonMembers) => [...objectText(members)].join('');

describe('canonicalJsonMembers / objectText', () => {
  test('join to canonicalJson of the object: keys sorted at every depth, unusual keys escaped', () => {
    const value = { zeta: [3, { b: 1, a: 'x' }], 'with "quote"': null, alpha: { d: { f: 1, e: 2 } }, 'ünï': 'ç' };
    expect(text(canonicalJsonMembers(value))).toBe(canonicalJson(value));
    expect(JSON.parse(text(canonicalJsonMembers(value)))).toEqual(value);
  });

  test('leave out members without a JSON form, as JSON.stringify does', () => {
    const value = { b: undefined, a: 1, c: () => 1 };
    expect(text(canonicalJsonMembers(value))).toBe('{"a":1}');
  });

  test('give {} for an empty object', () => {
    expect(text(canonicalJsonMembers({}))).toBe('{}');
  });
});

describe('sealDataset', () => {
  const { contentHash: _, ...body } = makeDataset();
  const sealed = sealDataset(orderDataset(body));

  test('its members are the text of dataset.json: canonicalJson of the dataset, hash included', () => {
    expect(text(sealed.members)).toBe(canonicalJson(sealed.dataset));
  });

  test('hashes the canonical JSON of the body without the hash', () => {
    const withoutHash: DatasetBody = { ...sealed.dataset, contentHash: undefined } as unknown as DatasetBody;
    expect(sealed.dataset.contentHash).toBe(createHash('sha256').update(canonicalJson(withoutHash)).digest('hex'));
  });

  test('gives another hash when the content changes', () => {
    const other = sealDataset(orderDataset({ ...body, codebookVersion: 'other' }));
    expect(other.dataset.contentHash).not.toBe(sealed.dataset.contentHash);
  });
});
