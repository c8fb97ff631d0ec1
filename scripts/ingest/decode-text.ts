// Bytes -> text for plain-text formats. Published records arrive as UTF-8 mostly, but
// also as UTF-16 (Word's "Unicode text") and Latin-1/Windows-1252 exports; a binary
// file dropped in by mistake must be reported, not read as gibberish.

export type Decoded = { ok: true; text: string; note?: string } | { ok: false; reason: string };

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty file' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: normalise(new TextDecoder('utf-16le').decode(bytes.subarray(2))), note: 'read as UTF-16LE' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: normalise(new TextDecoder('utf-16be').decode(bytes.subarray(2))), note: 'read as UTF-16BE' };
  }
  const bomless = utf16WithoutBom(bytes);
  if (bomless) return { ok: true, text: normalise(new TextDecoder(bomless).decode(bytes)), note: `read as ${bomless.toUpperCase()} (no byte-order mark)` };
  const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = bytes.subarray(start);
  if (looksBinary(body)) return { ok: false, reason: 'binary content, not text' };
  try {
    return { ok: true, text: normalise(new TextDecoder('utf-8', { fatal: true }).decode(body)) };
  } catch {
    // Not valid UTF-8: Windows-1252 is the usual culprit and a superset of Latin-1's printables.
    return { ok: true, text: normalise(new TextDecoder('windows-1252').decode(body)), note: 'not UTF-8; read as Windows-1252' };
  }
}

/** UTF-16 text saved without a byte-order mark: in ASCII-range text every other byte is
 *  NUL, on the odd positions (little-endian) or the even ones (big-endian). */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

/** NUL bytes or many control characters in the first 8 KB mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.1;
}

/** One newline convention, so offsets mean the same on every platform. */
function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
