// The app's one data path on start: IndexedDB first, the network only when the published
// dataset's hash differs from the stored one. A dataset that fails validation is refused
// and the last good data stays in use.
import { afterNextPaint } from '../app/after-next-paint';
import type { DatasetStore } from '../db/memory-store';
import { splitDataset, type ClientDataset } from '../shared/client-dataset';
import { manifestSchema, parseDataset } from '../shared/dataset-schema';

export interface LoadedDataset {
  dataset: ClientDataset | null;
  /** Where the data in use came from on this load. */
  source: 'indexeddb' | 'network' | 'none';
  /** A problem met while checking for or fetching a newer dataset; the data in use is still good. */
  problem: string | null;
  /** True when the network could not be reached (offline, server down). */
  offline: boolean;
  /** A newer dataset, already validated and stored, that the user has not switched to yet. */
  update: ClientDataset | null;
  /**
   * On a first load the data is shown as soon as it is validated and stored for offline use
   * right after the first paint: this settles with null once stored, or with the problem.
   * Null when nothing is being stored.
   */
  storing?: Promise<string | null> | null;
}

export type Fetcher = (url: string) => Promise<Response>;

export async function loadDataset(store: DatasetStore, fetcher: Fetcher, base: string): Promise<LoadedDataset> {
  // The stored data and the published manifest are asked for at once.
  const manifest = safe(async () => {
    const res = await fetcher(`${base}data/manifest.json`);
    if (!res.ok) throw new Error(`manifest.json: HTTP ${res.status}`);
    const parsed = manifestSchema.safeParse(await res.json());
    return parsed.success ? parsed.data.contentHash : null;
  });
  const stored = await safe(() => store.load());
  const cached = stored.ok ? stored.value : null;
  const published = await manifest;
  const manifestHash = published.ok ? published.value : null;
  if (!published.ok) {
    const e = { message: published.error };
    if (cached) return { dataset: cached, source: 'indexeddb', problem: null, offline: true, update: null };
    return { dataset: null, source: 'none', problem: `cannot reach the dataset: ${(e as Error).message}`, offline: true, update: null };
  }
  if (cached && manifestHash === cached.contentHash) {
    return { dataset: cached, source: 'indexeddb', problem: null, offline: false, update: null };
  }
  let fresh: ReturnType<typeof splitDataset>;
  try {
    const res = await fetcher(`${base}data/dataset.json`);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw new Error('dataset.json is not valid JSON');
    }
    fresh = splitDataset(parseDataset(body));
  } catch (e) {
    const problem = `the new dataset was refused: ${(e as Error).message}`;
    return { dataset: cached, source: cached ? 'indexeddb' : 'none', problem, offline: false, update: null };
  }
  // Stored in one transaction: a failed write leaves the previous data whole.
  const save = async () => {
    const saved = await safe(() => store.save(fresh.dataset, fresh.texts));
    return saved.ok ? null : `the dataset could not be stored for offline use: ${saved.error}`;
  };
  // With data already on screen the user chooses when to switch (once it is stored); a first
  // load shows it at once and stores it once the first screen is drawn (at 100x the seed
  // corpus storing takes most of a second the first screen need not wait for).
  if (cached) return { dataset: cached, source: 'indexeddb', problem: await save(), offline: false, update: fresh.dataset };
  return { dataset: fresh.dataset, source: 'network', problem: null, offline: false, update: null, storing: new Promise<void>((resolve) => afterNextPaint(resolve)).then(save) };
}

async function safe<T>(fn: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false; error: string }> {
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}
