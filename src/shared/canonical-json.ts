// JSON with object keys in sorted order, so equal data always serialises to equal bytes
// (the dataset's content hash and byte-identical builds depend on it).
// Each object is re-keyed as JSON.stringify reaches it, so a large dataset is never copied
// whole (the build's peak memory depends on it).
export function canonicalJson(value: unknown, indent = 0): string {
  return JSON.stringify(value, sortedKeys, indent);
}

function sortedKeys(this: unknown, _key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  if (isSorted(keys)) return value;
  const out: Record<string, unknown> = {};
  for (const key of keys.sort()) out[key] = (value as Record<string, unknown>)[key];
  return out;
}

function isSorted(keys: string[]): boolean {
  for (let i = 1; i < keys.length; i++) if (keys[i - 1]! > keys[i]!) return false;
  return true;
}
