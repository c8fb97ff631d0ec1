// Sentence spans inside a stretch of text, as offsets into the whole text. Paragraph
// breaks (a blank line) always end a sentence; inside a paragraph a sentence ends at
// . ! ? (or …) followed by space and a capital, digit, quote or bracket, unless the stop
// belongs to an abbreviation ("Mr.", "H.E.", "para.", "e.g.", "U.N."), an initial ("J. Smith")
// or a number ("No. 5"). One regular-expression scan from stop to stop: linear.
import type { Span } from '../../src/shared/dataset-schema';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'amb', 'h.e', 'hon', 'rev', 'sr', 'jr', 'st', 'gen', 'col', 'lt', 'capt', 'sen', 'rep',
  'no', 'nos', 'para', 'paras', 'art', 'arts', 'sec', 'ch', 'vol', 'pp', 'p', 'fig', 'op', 'cf', 'ibid', 'al',
  'e.g', 'i.e', 'etc', 'vs', 'viz', 'approx', 'incl', 'ca', 'est',
  'u.n', 'u.s', 'u.k', 'e.u', 'a/res', 'res', 'doc',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'ltd', 'co', 'corp', 'dept', 'govt', 'min', 'max',
]);
// Abbreviations that end a sentence when a capital follows ("... and so on, etc. We").
const MAY_END = new Set(['etc', 'al', 'inc', 'ltd', 'co', 'corp', 'est']);

// A stop (with its trailing stops, closing quotes or brackets) or a blank line.
const BOUNDARY = /([.!?…])[.!?]*["”’)\]»*]*|\n[ \t]*\n/g;
const SPACE = /\s/;
const OPENS_SENTENCE = /[\p{Lu}\p{N}"“‘'(\[«*•–-]/u;
const UPPER = /\p{Lu}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_BEFORE = /([\p{L}./]+)$/u;

export function sentenceSpans(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const [start, end] = span;
  let s = start;
  const push = (a: number, b: number) => {
    while (a < b && SPACE.test(text[a]!)) a++;
    while (b > a && SPACE.test(text[b - 1]!)) b--;
    if (b > a) out.push([a, b]);
  };
  const re = new RegExp(BOUNDARY.source, 'g');
  re.lastIndex = start;
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    const j = Math.min(end, m.index + m[0].length);
    if (!m[1]) {
      // A blank line.
      push(s, m.index);
      s = j;
      continue;
    }
    if (j < end && !SPACE.test(text[j]!)) continue;
    let k = j;
    while (k < end && SPACE.test(text[k]!)) k++;
    if (k >= end) break;
    const next = text[k]!;
    if (!OPENS_SENTENCE.test(next)) continue;
    const i = m.index;
    if (m[1] === '.') {
      const word = WORD_BEFORE.exec(text.slice(Math.max(start, i - 12), i))?.[1]?.toLowerCase() ?? '';
      if (ABBREVIATIONS.has(word) && !MAY_END.has(word)) continue;
      // An initial: one capital letter after a space ("J. Smith"), not a one-letter sentence end.
      if (UPPER.test(text[i - 1] ?? '') && !LETTER_OR_DIGIT.test(text[i - 2] ?? ' ') && UPPER.test(next)) continue;
    }
    push(s, j);
    s = j;
  }
  push(s, end);
  return out;
}
