// Step 4: a statement's text -> sentence spans (offsets into the document text).
import type { Span } from '../../src/shared/dataset-schema';

// A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before
// white space and an upper-case letter, digit or opening quote, unless the word before
// the stop is a common abbreviation. Paragraph breaks always end a sentence.
const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'h.e', 'no', 'nos', 'para', 'paras', 'art', 'arts', 'e.g', 'i.e', 'etc', 'vs', 'st', 'amb', 'prof', 'rev', 'u.n', 'u.s', 'a/res', 'op']);

export function segmentSentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const [start, end] = span;
  let s = start;
  const push = (a: number, b: number) => {
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    if (b > a) out.push([a, b]);
  };
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n') {
      push(s, i);
      s = i + 1;
      continue;
    }
    if (c !== '.' && c !== '!' && c !== '?') continue;
    let j = i + 1;
    while (j < end && /["”’)\]]/.test(text[j] ?? '')) j++;
    if (j < end && !/\s/.test(text[j] ?? '')) continue;
    let k = j;
    while (k < end && /\s/.test(text[k] ?? '')) k++;
    if (k < end && !/[\p{Lu}\d"“‘(*]/u.test(text[k] ?? '')) continue;
    if (c === '.') {
      const word = /([\p{L}./]+)$/u.exec(text.slice(Math.max(start, i - 12), i))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(text[i - 1] ?? '') && !/\p{L}/u.test(text[i - 2] ?? ' ')) continue;
    }
    push(s, j);
    s = j;
  }
  push(s, end);
  return out;
}
