// A sentence as the cue patterns see it: lower case, one kind of quote and dash, contractions
// spelled out ("don't" -> "do not", "cannot" -> "can not"), "non-(legally) binding" as the one
// word "nonbinding" (so it never reads as "binding"), hyphens as spaces
// ("legally-binding" = "legally binding"), possessive "'s" as its own word, and every actor
// named replaced by a placeholder: @self for the statement's own authors, @<code> for others
// ("Brazil's suggestion" -> "@bra 's suggestion").
import type { Mention } from './actor-mentions';

export function placeholder(code: string): string {
  return '@' + code.toLowerCase().replace(/-/g, '_');
}

export function normaliseSentence(sentence: string, mentions: Mention[], self: ReadonlySet<string>): string {
  let out = '';
  let at = 0;
  for (const m of mentions) {
    out += normaliseText(sentence.slice(at, m.start));
    out += ' ' + (self.has(m.code) ? '@self' : placeholder(m.code)) + ' ';
    at = m.end;
  }
  out += normaliseText(sentence.slice(at));
  return out.replace(SPACING, ' ').trim();
}

/** A run of white space that is not one plain space (/\s+/ would match, and rewrite, every
 *  single space between two words: a tenth of the time spent normalising). */
const SPACING = / \s+|[^\S ]\s*/g;

/** Every character or word one of the rewrites below looks for: without any, lower case is all. */
const REWRITTEN = /[’‘`´′“”«»„–—‑‐−'-]|cannot|non/;

export function normaliseText(text: string): string {
  const lower = text.toLowerCase();
  if (!REWRITTEN.test(lower)) return lower;
  return lower
    .replace(/[’‘`´′]/g, "'")
    .replace(/[“”«»„]/g, '"')
    .replace(/[–—‑‐−]/g, '-')
    .replace(/\bcan'?t\b|\bcannot\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bshan't\b/g, 'shall not')
    .replace(/n't\b/g, ' not')
    .replace(/\b(it|that|there|what|here)'s\b/g, '$1 is')
    .replace(/\blet's\b/g, 'let us')
    .replace(/'re\b/g, ' are')
    .replace(/'ve\b/g, ' have')
    .replace(/'ll\b/g, ' will')
    .replace(/'d\b/g, ' would')
    .replace(/'m\b/g, ' am')
    .replace(/(\d)\s*-\s*(\d)/g, '$1 to $2')
    .replace(/\bnon[\s-]*(?:legally[\s-]+)?binding\b/g, 'nonbinding')
    .replace(/-/g, ' ')
    .replace(/'s\b/g, " 's")
    .replace(/'(?!s\b)/g, ' ');
}
