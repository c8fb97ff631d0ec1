// Asks the browser to keep our storage under pressure, and reports how much is used.
export interface StorageState {
  persisted: boolean | null; // null: the browser cannot tell
  usage: number | null; // bytes
  quota: number | null; // bytes
}

export async function requestPersistence(): Promise<StorageState> {
  const storage = typeof navigator !== 'undefined' ? navigator.storage : undefined;
  if (!storage) return { persisted: null, usage: null, quota: null };
  let persisted: boolean | null = null;
  try {
    persisted = (await storage.persisted?.()) || ((await storage.persist?.()) ?? null);
  } catch {
    persisted = null;
  }
  try {
    const { usage, quota } = await storage.estimate();
    return { persisted, usage: usage ?? null, quota: quota ?? null };
  } catch {
    return { persisted, usage: null, quota: null };
  }
}
