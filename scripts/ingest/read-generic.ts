// Fallback reader: "Name: text" lines start turns; a document without any is one turn
// by an unknown speaker. Used when no other reader recognises the document.
import type { Turn } from '../pipeline/types';
import { lineAt, lineStarts } from './line-index';
import { trim } from './paragraphs';
import type { Reader } from './reader';

// A UN record's label names the delegation and the language in brackets: "Mr. Hwang (France)
// (spoke in French): ...".
const LABEL = /^([A-Z][\p{L}’'.\- ]{1,60}?(?:\s*\([^()\n]{1,40}\))*):\s+(?=\S)/gmu;

export function readGenericTurns(text: string): Turn[] {
  const starts = lineStarts(text);
  const labels = [...text.matchAll(LABEL)];
  if (labels.length === 0) {
    const span = trim(text, [0, text.length]);
    return span ? [{ speaker: '', speakerSource: 'unknown', names: [], span, line: lineAt(starts, span[0]) }] : [];
  }
  const turns: Turn[] = [];
  labels.forEach((m, i) => {
    const bodyStart = (m.index ?? 0) + m[0].length;
    const next = labels[i + 1];
    const bodyEnd = next ? (next.index ?? text.length) : text.length;
    const span = trim(text, [bodyStart, bodyEnd]);
    if (span) turns.push({ speaker: (m[1] ?? '').trim(), speakerSource: 'label', names: [], span, line: lineAt(starts, span[0]) });
  });
  return turns;
}

export const readGeneric: Reader = (text) => ({ turns: readGenericTurns(text), meta: {}, warnings: [] });

/** How many lines start with a "Name: " label. */
export function labelCount(text: string): number {
  return [...text.matchAll(LABEL)].length;
}
