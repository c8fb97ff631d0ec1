// Fallback reader: "Name: text" lines start turns; a document without any is one turn
// by an unknown speaker. Used when no other reader recognises the document.
import type { Turn } from '../pipeline/types';
import { lineAt, lineStarts } from './line-index';

const LABEL = /^([A-Z][\p{L}’'.\- ]{1,60}?):\s+(?=\S)/gmu;

export function readGeneric(text: string): Turn[] {
  const starts = lineStarts(text);
  const labels = [...text.matchAll(LABEL)];
  if (labels.length === 0) {
    const span = trimSpan(text, 0, text.length);
    return span ? [{ speaker: '', speakerSource: 'unknown', names: [], span, line: lineAt(starts, span[0]) }] : [];
  }
  const turns: Turn[] = [];
  labels.forEach((m, i) => {
    const bodyStart = (m.index ?? 0) + m[0].length;
    const next = labels[i + 1];
    const bodyEnd = next ? (next.index ?? text.length) : text.length;
    const span = trimSpan(text, bodyStart, bodyEnd);
    if (span) turns.push({ speaker: (m[1] ?? '').trim(), speakerSource: 'label', names: [], span, line: lineAt(starts, span[0]) });
  });
  return turns;
}

/** The span without surrounding white space, or null when nothing is left. */
export function trimSpan(text: string, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  return e > s ? [s, e] : null;
}
