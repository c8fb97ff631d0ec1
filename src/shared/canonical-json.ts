// JSON with object keys in sorted order, so equal data always serialises to equal bytes
// (the dataset's content hash and byte-identical builds depend on it).
// Each object is re-keyed as JSON.stringify reaches it, so a large dataset is never copied
// whole (the build's peak memory depends on it).
export function canonicalJson(value: unknown, indent = 0): string {
  return JSON.stringify(value, sortedKeys, indent);
}

/** A plain object's members in key order, each with its canonical JSON. */
export type JsonMembers = readonly (readonly [key: string, json: string])[];

/**
 * canonicalJson of a plain object, kept member by member (objectText joins them): a large
 * object can then be hashed and written piece by piece, and a member added without
 * serialising the others again.
 */
export function canonicalJsonMembers(value: Record<string, unknown>): [key: string, json: string][] {
  const members: [string, string][] = [];
  for (const key of Object.keys(value).sort()) {
    const json = canonicalJson(value[key]) as string | undefined;
    // As JSON.stringify does, a member whose value has no JSON form is left out.
    if (json !== undefined) members.push([key, json]);
  }
  return members;
}

/** The pieces whose concatenation is canonicalJson of the object the members came from. */
export function* objectText(members: JsonMembers): Generator<string> {
  yield '{';
  for (let i = 0; i < members.length; i++) {
    const [key, json] = members[i]!;
    yield `${i > 0 ? ',' : ''}${JSON.stringify(key)}:`;
    yield json;
  }
  yield '}';
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
