// A text's paragraphs (runs of non-blank lines) and lines, as spans into the text.
import type { Span } from '../../src/shared/dataset-schema';

/** Lines as [start, end) without their newline, blank ones included. */
export function lineSpans(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  let s = start;
  while (s <= end) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > end) e = end;
    out.push([s, e]);
    if (e >= end) break;
    s = e + 1;
  }
  return out;
}

export const isBlank = (text: string, [s, e]: Span) => !/\S/.test(text.slice(s, e));

/** Paragraphs: maximal runs of non-blank lines, trimmed of surrounding white space. */
export function paragraphSpans(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  let open: Span | null = null;
  for (const line of lineSpans(text, start, end)) {
    if (isBlank(text, line)) {
      if (open) out.push(open);
      open = null;
    } else open = open ? [open[0], line[1]] : [line[0], line[1]];
  }
  if (open) out.push(open);
  return out.map((p) => trim(text, p)).filter((p): p is Span => p !== null);
}

/** Where the paragraph holding `at` starts: after the last blank line before it (reads back
 *  only as far as that line). */
export function paragraphStart(text: string, at: number): number {
  let lineEnd = text.lastIndexOf('\n', at - 1);
  while (lineEnd >= 0) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    if (isBlank(text, [lineStart, lineEnd])) return lineEnd + 1;
    lineEnd = lineStart - 1;
  }
  return 0;
}

/** The span without surrounding white space, or null when nothing is left. */
export function trim(text: string, [start, end]: Span): Span | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return e > s ? [s, e] : null;
}
