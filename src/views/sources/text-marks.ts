// Splitting text into plain and marked pieces, so a view can emphasise words with <mark>
// elements and React text nodes: the text is never parsed as HTML.

/** A piece of text and whether it is emphasised. */
export interface TextPiece {
  text: string;
  mark: boolean;
}

/** Half-open character ranges [start, end), sorted and not overlapping. */
export type Range = readonly [number, number];

/** Words: runs of letters and digits. The search index and the highlighter share it. */
const WORD = /[\p{L}\p{N}]+/gu;

export function words(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** The same words by splitting (faster when indexing); may give empty strings at the ends. */
const NOT_WORD = /[^\p{L}\p{N}]+/u;
export function splitWords(text: string): string[] {
  return text.split(NOT_WORD);
}

const ASCII = /^[\x00-\x7f]*$/;

/** A word as the index stores it: lower case, accents removed ("Côte" -> "cote"). */
export function normaliseWord(word: string): string {
  // Most words are plain ASCII: skip the Unicode decomposition for them (index build time).
  return ASCII.test(word) ? word.toLowerCase() : word.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Ranges of the words of `text` whose normal form is one of `terms`, in text order. */
export function termRanges(text: string, terms: ReadonlySet<string>): Range[] {
  const ranges: Range[] = [];
  if (terms.size === 0) return ranges;
  for (const m of text.matchAll(WORD)) {
    if (terms.has(normaliseWord(m[0]))) ranges.push([m.index, m.index + m[0].length]);
  }
  return ranges;
}

/**
 * The part of `text` worth showing around the first range: about `radius` characters
 * before it and twice that after, widened to whole words. The whole text when short.
 */
export function excerptWindow(text: string, ranges: readonly Range[], radius = 160): Range {
  if (text.length <= radius * 3) return [0, text.length];
  const first = ranges[0] ?? [0, 0];
  let start = Math.max(0, first[0] - radius);
  let end = Math.min(text.length, first[1] + radius * 2);
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space !== -1 && space < first[0]) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first[1]) end = space;
  }
  return [start, end];
}

/** The text inside `window`, cut into plain and marked pieces by `ranges`. */
export function markPieces(text: string, ranges: readonly Range[], window: Range = [0, text.length]): TextPiece[] {
  const [from, to] = window;
  const pieces: TextPiece[] = [];
  let cursor = from;
  for (const [s, e] of ranges) {
    const start = Math.max(s, cursor);
    const end = Math.min(e, to);
    if (end <= start) continue;
    if (start > cursor) pieces.push({ text: text.slice(cursor, start), mark: false });
    pieces.push({ text: text.slice(start, end), mark: true });
    cursor = end;
  }
  if (cursor < to) pieces.push({ text: text.slice(cursor, to), mark: false });
  return pieces;
}
