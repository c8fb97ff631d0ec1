// The address of a statement inside its document's reader: /sources/<document>#<statement>.
// Both parts are URL-encoded exactly as Evidence links them (statement ids carry '#' and '.').
export function documentHref(documentId: string): string {
  return `/sources/${encodeURIComponent(documentId)}`;
}

export function statementHref(documentId: string, statementId: string): string {
  return `${documentHref(documentId)}#${encodeURIComponent(statementId)}`;
}

/** "#doc.txt%233" -> "doc.txt#3"; "" -> null. A malformed escape is kept as written. */
export function statementIdFromHash(hash: string): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
