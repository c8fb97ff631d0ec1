import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { CommonGroundDb } from '../../src/db/database';
import { dexieStore } from '../../src/db/dataset-store';
import { memoryStore } from '../../src/db/memory-store';
import { loadDataset, type Fetcher } from '../../src/queries/load-dataset';
import { manifestOf } from '../../scripts/exports/manifest';
import { makeDataset } from '../fixtures/make-dataset';
import type { Dataset } from '../../src/shared/dataset-schema';
import { splitDataset } from '../../src/shared/client-dataset';
import { saveWhole } from '../../src/db/memory-store';

/** A fake network serving a dataset (or raw text) and recording the paths asked for. */
function network(files: { dataset?: Dataset | string; manifest?: unknown; down?: boolean }) {
  const asked: string[] = [];
  const fetcher: Fetcher = async (url) => {
    asked.push(url);
    if (files.down) throw new TypeError('Failed to fetch');
    if (url.endsWith('manifest.json')) {
      const m = files.manifest ?? (typeof files.dataset === 'object' ? manifestOf(files.dataset) : undefined);
      return new Response(JSON.stringify(m), { status: m ? 200 : 404 });
    }
    if (url.endsWith('dataset.json')) {
      const body = typeof files.dataset === 'string' ? files.dataset : JSON.stringify(files.dataset);
      return new Response(body, { status: files.dataset ? 200 : 404 });
    }
    return new Response('', { status: 404 });
  };
  return { fetcher, asked };
}

let db: CommonGroundDb;
beforeEach(async () => {
  db = new CommonGroundDb(`test-${Math.random()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('loadDataset(store, fetch)', () => {
  test('fetches, validates and stores the dataset on the first load', async () => {
    const ds = makeDataset();
    const net = network({ dataset: ds });
    const loaded = await loadDataset(dexieStore(db), net.fetcher, '/');
    expect(loaded.source).toBe('network');
    expect(loaded.dataset?.contentHash).toBe(ds.contentHash);
    // Shown first, stored right after the first paint.
    expect(await loaded.storing).toBeNull();
    expect((await db.meta.get('dataset'))?.contentHash).toBe(ds.contentHash);
    expect((await dexieStore(db).load())?.statements).toHaveLength(1);
  });

  test('reads IndexedDB and skips dataset.json when the published hash is unchanged', async () => {
    const ds = makeDataset();
    await saveWhole(dexieStore(db), ds);
    const net = network({ dataset: ds });
    const loaded = await loadDataset(dexieStore(db), net.fetcher, '/');
    expect(loaded.source).toBe('indexeddb');
    expect(loaded.dataset).toEqual(splitDataset(ds).dataset);
    expect(net.asked).toEqual(['/data/manifest.json']);
  });

  test('stores a dataset with another hash and offers it as an update, leaving notes alone', async () => {
    const old = makeDataset();
    await saveWhole(dexieStore(db), old);
    await db.notes.put({ id: 'n1', target: { kind: 'actor', id: 'FRA' }, text: 'ask about PoA', createdAt: 'x', updatedAt: 'x' });
    const next = makeDataset({ codebookVersion: 'test-2' });
    const loaded = await loadDataset(dexieStore(db), network({ dataset: next }).fetcher, '/');
    expect(loaded.dataset?.contentHash).toBe(old.contentHash);
    expect(loaded.update?.contentHash).toBe(next.contentHash);
    expect((await db.meta.get('dataset'))?.codebookVersion).toBe('test-2');
    expect((await db.notes.get('n1'))?.text).toBe('ask about PoA');
  });

  test('refuses a dataset that fails validation and keeps the last good one', async () => {
    const good = makeDataset();
    await saveWhole(dexieStore(db), good);
    const broken = { ...makeDataset({ codebookVersion: 'bad' }), statements: [{ id: 'nope' }] };
    const net = network({ dataset: JSON.stringify(broken), manifest: { ...manifestOf(good), contentHash: 'b'.repeat(64) } });
    const loaded = await loadDataset(dexieStore(db), net.fetcher, '/');
    expect(loaded.dataset?.contentHash).toBe(good.contentHash);
    expect(loaded.problem).toMatch(/refused: dataset is invalid at statements\.0/);
    expect((await db.meta.get('dataset'))?.contentHash).toBe(good.contentHash);
  });

  test('refuses text that is not JSON, naming the file', async () => {
    const good = makeDataset();
    const net = network({ dataset: '{"truncated', manifest: { ...manifestOf(good), contentHash: 'c'.repeat(64) } });
    const loaded = await loadDataset(dexieStore(db), net.fetcher, '/');
    expect(loaded.dataset).toBeNull();
    expect(loaded.problem).toMatch(/dataset\.json is not valid JSON/);
  });

  test('works offline from the stored dataset', async () => {
    const ds = makeDataset();
    await saveWhole(dexieStore(db), ds);
    const loaded = await loadDataset(dexieStore(db), network({ down: true }).fetcher, '/');
    expect(loaded).toMatchObject({ source: 'indexeddb', offline: true, problem: null, update: null });
    expect(loaded.dataset?.contentHash).toBe(ds.contentHash);
  });

  test('keeps the previous data whole when storing the new dataset fails', async () => {
    const old = makeDataset();
    await saveWhole(dexieStore(db), old);
    const failing = { ...dexieStore(db), save: async () => Promise.reject(new Error('QuotaExceededError')) };
    const next = makeDataset({ codebookVersion: 'test-2' });
    const loaded = await loadDataset(failing, network({ dataset: next }).fetcher, '/');
    expect(loaded.problem).toMatch(/could not be stored for offline use: QuotaExceededError/);
    expect((await db.meta.get('dataset'))?.contentHash).toBe(old.contentHash);
  });

  test('a failed transaction leaves no half-written dataset behind', async () => {
    const old = makeDataset();
    await saveWhole(dexieStore(db), old);
    // A document text that IndexedDB cannot store (a function) aborts the transaction midway.
    const next = splitDataset(makeDataset({ codebookVersion: 'test-3' }));
    await expect(dexieStore(db).save(next.dataset, [() => 1] as unknown as string[])).rejects.toThrow();
    const after = await dexieStore(db).load();
    expect(after?.contentHash).toBe(old.contentHash);
    expect(after?.stances).toEqual(old.stances);
  });

  test('says the data cannot be reached when offline with nothing stored', async () => {
    const loaded = await loadDataset(dexieStore(db), network({ down: true }).fetcher, '/');
    expect(loaded.dataset).toBeNull();
    expect(loaded.problem).toMatch(/cannot reach the dataset/);
  });

  test('keeps working from memory when the store is memory only', async () => {
    const ds = makeDataset();
    const store = memoryStore('IndexedDB is not available');
    const first = await loadDataset(store, network({ dataset: ds }).fetcher, '/');
    expect(first.source).toBe('network');
    await first.storing;
    const second = await loadDataset(store, network({ dataset: ds }).fetcher, '/');
    expect(second.source).toBe('indexeddb');
  });
});

describe('loadDataset on a first load', () => {
  test('reports a failure to store after showing the data', async () => {
    const ds = makeDataset();
    const failing = { ...dexieStore(db), save: async () => Promise.reject(new Error('QuotaExceededError')) };
    const loaded = await loadDataset(failing, network({ dataset: ds }).fetcher, '/');
    expect(loaded.dataset?.contentHash).toBe(ds.contentHash);
    expect(loaded.problem).toBeNull();
    expect(await loaded.storing).toMatch(/could not be stored for offline use: QuotaExceededError/);
  });
});

describe('the Dexie store', () => {
  test('keeps the dataset without the statements\' sentence spans, the documents\' texts apart', async () => {
    const ds = makeDataset();
    await saveWhole(dexieStore(db), ds);
    const back = await dexieStore(db).load();
    expect(back).toEqual(splitDataset(ds).dataset);
    expect(await dexieStore(db).texts(ds.contentHash)).toEqual([ds.documents[0]!.text]);
    expect(back?.statements[0]).not.toHaveProperty('sentences');
  });

  test('moves a dataset stored by version 1 (one row per record) into the new layout', async () => {
    const name = `v1-${Math.random()}`;
    const ds = makeDataset();
    const { default: Dexie } = await import('dexie');
    const v1 = new Dexie(name);
    v1.version(1).stores({
      meta: 'key', sessions: 'id, number', actors: 'code', issues: 'id, order', documents: 'id',
      statements: 'id, document, actor, *authors', stances: 'id, statement, issue, *actors', warnings: 'id',
      notes: 'id, target.kind, target.id', corrections: 'id, statement',
    });
    await v1.open();
    await v1.table('sessions').bulkPut(ds.sessions);
    await v1.table('actors').bulkPut(ds.actors);
    await v1.table('issues').bulkPut(ds.issues.map((issue, order) => ({ ...issue, order })));
    await v1.table('documents').bulkPut(ds.documents);
    await v1.table('statements').bulkPut(ds.statements);
    await v1.table('stances').bulkPut(ds.stances);
    await v1.table('warnings').bulkPut(ds.warnings.map((w, id) => ({ ...w, id })));
    await v1.table('notes').put({ id: 'n1', target: { kind: 'actor', id: 'FRA' }, text: 'kept', createdAt: 'x', updatedAt: 'x' });
    await v1.table('meta').put({ key: 'dataset', contentHash: ds.contentHash, schemaVersion: ds.schemaVersion, codebookVersion: ds.codebookVersion, latestEvidence: ds.latestEvidence, storedAt: 'x' });
    v1.close();

    const v2 = new CommonGroundDb(name);
    await v2.open();
    expect(await dexieStore(v2).load()).toEqual(splitDataset(ds).dataset);
    expect((await v2.notes.get('n1'))?.text).toBe('kept');
    expect(v2.tables.map((t) => t.name)).not.toContain('statements');
    await v2.delete();
  });
});
