// A document as the reader shows it: statements in text order with the text between them
// (headers, a session report's own analysis), and each statement's text cut into pieces
// by the evidence spans of its stances. Pure: spans in, spans out.
import type { Span, Stance } from '../../shared/dataset-schema';
import type { StatementMeta } from '../../shared/client-dataset';

export type ReaderBlock = { kind: 'outside'; span: Span } | { kind: 'statement'; statement: StatementMeta };

/**
 * The document's text in order: its statements, and the text outside any statement as
 * `outside` blocks (whitespace-only gaps dropped). Overlapping statements are each shown
 * whole; the gap after them starts where the furthest one ends.
 */
export function readerBlocks(text: string, statements: readonly StatementMeta[]): ReaderBlock[] {
  const sorted = [...statements].sort((a, b) => a.span[0] - b.span[0] || a.order - b.order);
  const blocks: ReaderBlock[] = [];
  let cursor = 0;
  const gap = (start: number, end: number) => {
    if (end > start && text.slice(start, end).trim() !== '') blocks.push({ kind: 'outside', span: [start, end] });
  };
  for (const s of sorted) {
    gap(cursor, Math.min(s.span[0], text.length));
    blocks.push({ kind: 'statement', statement: s });
    cursor = Math.max(cursor, s.span[1]);
  }
  gap(cursor, text.length);
  return blocks;
}

/** A run of a statement's text and the stances whose evidence covers it (none: untagged). */
export interface TaggedPiece {
  span: Span;
  stances: Stance[];
}

/**
 * `span` cut at every evidence boundary of `stances` that falls inside it; adjacent runs
 * covered by the same stances are merged. Evidence outside the span is ignored.
 */
export function taggedPieces(span: Span, stances: readonly Stance[]): TaggedPiece[] {
  const [from, to] = span;
  const cuts = new Set<number>([from, to]);
  for (const st of stances) {
    for (const ev of st.evidence) {
      for (const p of ev.span) if (p > from && p < to) cuts.add(p);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: TaggedPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const covering = stances.filter((st) => st.evidence.some((ev) => ev.span[0] <= start && ev.span[1] >= end && ev.span[1] > ev.span[0]));
    const last = pieces[pieces.length - 1];
    if (last && sameStances(last.stances, covering)) last.span = [last.span[0], end];
    else pieces.push({ span: [start, end], stances: covering });
  }
  return pieces;
}

function sameStances(a: readonly Stance[], b: readonly Stance[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}

/** Positions tagged in a document with how many stances carry each, for the legend. */
export interface TaggedPosition {
  issue: string;
  position: string;
  stances: number;
}

export function taggedPositions(stances: readonly Stance[]): TaggedPosition[] {
  const counts = new Map<string, TaggedPosition>();
  for (const st of stances) {
    const key = `${st.issue}\u0000${st.position}`;
    const row = counts.get(key) ?? { issue: st.issue, position: st.position, stances: 0 };
    row.stances += 1;
    counts.set(key, row);
  }
  return [...counts.values()].sort((a, b) => a.issue.localeCompare(b.issue) || a.position.localeCompare(b.position));
}
