// The cue pattern language -> a JavaScript regular expression over a normalised sentence
// (see normalise-sentence.ts: lower case, hyphens and punctuation as separators, actors as
// @code placeholders, the speaker as @self).
//
//   word        the word itself                      binding
//   stem*       any word starting with the stem      negotiat*  (negotiate, negotiations)
//   a b         a then b, separated by anything but a word (space, comma, hyphen)
//   (a|b c)     alternatives; each one a sequence
//   x?          x is optional (x a word, stem, group or macro)
//   ..  ..N     up to 5 (or N) other words; the words a gap skips are checked for negation
//               ("we do not support" still matches `{self} .. support`, and is negated)
//   {name}      the macro `name` from the codebook's `macros`, itself in this language
//   {count}     a number of groups ("three", "2", "two or three", "between two and four"),
//               captured for the value of a numeric position
//   @actor      any actor other than the speaker; @self the speaker; @fra one actor (its code)
//
// Every word boundary is enforced, so `group` never matches inside `groups`; write `group*`.

export class PatternError extends Error {}

// A word character is [a-z0-9@'_]; the text is in lower case, so \w stands for [a-z0-9_]
// (shorter sources: see parseAlt).
const SEP = "[^\\w@']+";
const WORD = "[\\w@']+";
const NUM = '(?:two|three|four|five|six|seven|eight|nine|ten|[2-9]|1[0-2])';
const COUNT_INNER = `(?<![\\w@'])(?:between${SEP})?(?:(?:one|1|${NUM})${SEP}(?:or|to|and)(?:${SEP}(?:maybe|perhaps|possibly|at most|at the most|at the very most|even|perhaps even))?${SEP}${NUM}|${NUM})(?![\\w@'])`;

type Token = { kind: 'word'; text: string } | { kind: 'open' } | { kind: 'close' } | { kind: 'bar' } | { kind: 'opt' } | { kind: 'gap'; n: number } | { kind: 'macro'; name: string };

function tokenize(pattern: string): Token[] {
  const out: Token[] = [];
  const re = /\s+|\(|\)|\||\?|\.\.(\d*)|\{([A-Za-z0-9-]+)\}|(@?[a-z0-9'_]+(?:-[a-z0-9'_]+)*\*?)/gy;
  let m: RegExpExecArray | null;
  let at = 0;
  while (at < pattern.length) {
    re.lastIndex = at;
    m = re.exec(pattern);
    if (!m || m[0].length === 0) throw new PatternError(`unexpected "${pattern.slice(at, at + 12)}" at column ${at + 1}`);
    const t = m[0];
    at = re.lastIndex;
    if (/^\s+$/.test(t)) continue;
    if (t === '(') out.push({ kind: 'open' });
    else if (t === ')') out.push({ kind: 'close' });
    else if (t === '|') out.push({ kind: 'bar' });
    else if (t === '?') out.push({ kind: 'opt' });
    else if (t.startsWith('..')) out.push({ kind: 'gap', n: m[1] ? Number(m[1]) : 5 });
    else if (m[2]) out.push({ kind: 'macro', name: m[2] });
    else for (const w of t.split('-')) out.push({ kind: 'word', text: w });
  }
  return out;
}

export interface CompileContext {
  macros: Record<string, string>;
  /** Macro names being expanded (cycle detection). */
  stack?: string[];
  /** Counts {count} uses: at most one per pattern (it is a named group). */
  counts?: { n: number };
  /** The pattern always follows a separator (or the start), so its first word needs no look back. */
  bounded?: boolean;
  /** Macros already expanded, shared by the patterns of one codebook (a macro such as {pro}
   *  is used by dozens of cues; expanding it once made compiling the codebook several times faster). */
  memo?: MacroMemo;
}

/** Expanded macros by name (and whether a separator precedes them), for CompileContext.memo. */
export type MacroMemo = Map<string, Out>;

/** What a compiled pattern needs: its regex source, and the words a text must contain for it
 *  to match (at least one of every inner list; "stem*" as a prefix), a cheap test before the regex. */
export interface CompiledSource {
  src: string;
  needs: string[][];
  /** The words ("stem*" as a prefix) one of which every match starts with, at the start of a
   *  word; null when a match may start elsewhere (a gap or an actor placeholder first). The
   *  matcher tries the pattern only where they are (see needs.ts). */
  lead: string[] | null;
}

/** `bare`: the source without the word boundary every match of it ends with, when it has one
 *  (a separator that follows makes it redundant; see parseSeq and parseAlt). */
type Out = { src: string; needs: string[][]; any: string[] | null; lead: string[] | null; bare?: string };

/** Pattern -> regular-expression source. Separators go between elements (never in front of
 *  the first), so the engine can skip quickly to where a match may start. Throws PatternError. */
export function compilePatternSource(pattern: string, ctx: CompileContext): string {
  return compileWithNeeds(pattern, ctx).src;
}

export function compileWithNeeds(pattern: string, ctx: CompileContext): CompiledSource {
  const out = compileOut(pattern, ctx);
  return { src: out.src, needs: out.needs, lead: out.lead };
}

function compileOut(pattern: string, ctx: CompileContext): Out {
  const tokens = tokenize(pattern);
  let i = 0;
  const counts = ctx.counts ?? { n: 0 };
  const stack = ctx.stack ?? [];

  type Part = { out: Out; kind: 'required' | 'optional' | 'gap'; n?: number };

  const parseAlt = (bounded: boolean): Out => {
    const alts = [parseSeq(bounded)];
    while (tokens[i]?.kind === 'bar') {
      i++;
      alts.push(parseSeq(bounded));
    }
    if (alts.length === 1) return alts[0]!;
    const any = alts.every((a) => a.any) ? [...new Set(alts.flatMap((a) => a.any!))] : null;
    const lead = alts.every((a) => a.lead) ? [...new Set(alts.flatMap((a) => a.lead!))] : null;
    // (a|b) with a and b ending at a word boundary: (a'|b') then the boundary once; the same
    // matches tried in the same order, and a much shorter source (V8 stops optimising a regular
    // expression over 20 kB, which made the longest cues several times slower).
    if (alts.every((a) => a.bare !== undefined)) {
      const bare = `(?:${alts.map((a) => a.bare).join('|')})`;
      return { src: bare + WORD_END, bare, needs: any ? [any] : [], any, lead };
    }
    return { src: `(?:${alts.map((a) => a.src).join('|')})`, needs: any ? [any] : [], any, lead };
  };
  // Elements before the first required one carry their separator after them, the others before.
  // An element after a separator needs no look back for its word boundary: the separator is one.
  const parseSeq = (bounded: boolean): Out => {
    const parts: Part[] = [];
    while (i < tokens.length && tokens[i]!.kind !== 'bar' && tokens[i]!.kind !== 'close') {
      const t = tokens[i]!;
      if (t.kind === 'gap') {
        i++;
        parts.push({ out: { src: '', needs: [], any: null, lead: null }, kind: 'gap', n: t.n });
        continue;
      }
      const afterSeparator = parts.some((p) => p.kind === 'required');
      const out = parseItem(bounded || afterSeparator);
      if (tokens[i]?.kind === 'opt') {
        i++;
        parts.push({ out, kind: 'optional' });
      } else parts.push({ out, kind: 'required' });
    }
    if (parts.length === 0) throw new PatternError('empty alternative');
    const first = parts.findIndex((p) => p.kind === 'required');
    if (first < 0) throw new PatternError('a sequence needs at least one word that is not optional');
    // A part followed by a later required one is followed by a separator: its closing word
    // boundary goes without saying.
    const lastRequired = parts.findLastIndex((p) => p.kind === 'required');
    const body = (p: Part, k: number) => (k < lastRequired && p.out.bare !== undefined ? p.out.bare : p.out.src);
    const emit = (end: (p: Part, k: number) => string) => {
      let src = '';
      parts.forEach((p, k) => {
        if (k === first) src += end(p, k);
        else if (k < first) src += p.kind === 'gap' ? `((?:${WORD}${SEP}){0,${p.n}}?)` : `(?:${end(p, k)}${SEP})?`;
        else if (p.kind === 'gap') src += `((?:${SEP}${WORD}){0,${p.n}}?)`;
        else if (p.kind === 'optional') src += `(?:${SEP}${end(p, k)})?`;
        else src += SEP + end(p, k);
      });
      return src;
    };
    const src = emit(body);
    // Ending with a required part that has a bare form, the sequence has one too.
    const last = parts[parts.length - 1]!;
    const bare = last.kind === 'required' && last.out.bare !== undefined ? emit((p, k) => (k === parts.length - 1 ? p.out.bare! : body(p, k))) : undefined;
    const required = parts.filter((p) => p.kind === 'required').map((p) => p.out);
    const anys = required.map((o) => o.any).filter((a): a is string[] => a !== null);
    const any = anys.length ? mostTelling(anys) : null;
    // A match starts with the optional parts before the first required one, or with that one.
    const leading = parts.slice(0, first + 1);
    const lead = leading.every((p) => p.out.lead) ? [...new Set(leading.flatMap((p) => p.out.lead!))] : null;
    return { src, needs: required.flatMap((o) => o.needs), any, lead, ...(bare !== undefined ? { bare } : {}) };
  };
  const parseItem = (bounded: boolean): Out => {
    const t = tokens[i++]!;
    switch (t.kind) {
      case 'word': {
        // A stem keeps its '*': the prefilter looks for it as a substring, a word as a whole word.
        const lit = t.text === '@actor' ? '@*' : t.text;
        const src = wordSource(t.text, bounded);
        // An actor placeholder is not looked back from (wordSource): a match of one may start
        // inside a word.
        const lead = t.text === '@actor' ? null : [lit];
        return { src, needs: [[lit]], any: [lit], lead, ...(src.endsWith(WORD_END) ? { bare: src.slice(0, -WORD_END.length) } : {}) };
      }
      case 'open': {
        const inner = parseAlt(bounded);
        if (tokens[i]?.kind !== 'close') throw new PatternError('missing ")"');
        i++;
        return wrapped(inner);
      }
      case 'macro': {
        if (t.name === 'count') {
          counts.n++;
          if (counts.n > 1) throw new PatternError('{count} may appear only once in a pattern');
          return { src: `(?<count>${COUNT_INNER})`, needs: [], any: null, lead: null };
        }
        const body = ctx.macros[t.name];
        if (body === undefined) throw new PatternError(`unknown macro {${t.name}}`);
        if (stack.includes(t.name)) throw new PatternError(`macro cycle: ${[...stack, t.name].join(' -> ')}`);
        const key = `${t.name}|${bounded}`;
        const known = ctx.memo?.get(key);
        if (known) return known;
        const before = counts.n;
        const out = wrapped(compileOut(body, { macros: ctx.macros, stack: [...stack, t.name], counts, bounded, memo: ctx.memo }));
        // A macro with {count} in it is expanded each time: the pattern counts its uses.
        if (counts.n === before) ctx.memo?.set(key, out);
        return out;
      }
      default:
        throw new PatternError(`unexpected "${t.kind === 'close' ? ')' : t.kind === 'opt' ? '?' : t.kind === 'gap' ? '..' : '|'}"`);
    }
  };

  const out = parseAlt(ctx.bounded ?? false);
  if (i < tokens.length) throw new PatternError('unbalanced ")"');
  return out;
}

const WORD_END = "(?![\\w@'])";

/** A group around `inner`: (?:...) around its source, and around its bare form. */
function wrapped(inner: Out): Out {
  return { ...inner, src: `(?:${inner.src})`, ...(inner.bare !== undefined ? { bare: `(?:${inner.bare})` } : {}) };
}

/** The most telling of several sets of words: the one whose shortest string is longest. */
function mostTelling(sets: string[][]): string[] {
  const score = (set: string[]) => Math.min(...set.map((w) => w.length));
  return sets.reduce((a, b) => (score(b) > score(a) || (score(b) === score(a) && b.length < a.length) ? b : a));
}

// A word's start is a boundary when a separator comes before it: checked after the word's own
// letters (`we(?<![a-z0-9@'_]we)`) so that the engine can look for the letters first, which
// measured about a quarter faster than a look back in front; left out after a separator.
function wordSource(w: string, bounded: boolean): string {
  if (w === '@actor') return `@(?!self(?!\\w))\\w+${WORD_END}`;
  const stem = w.endsWith('*');
  const body = (stem ? w.slice(0, -1) : w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  if (!body) throw new PatternError('empty word');
  const start = bounded ? body : `${body}(?<![\\w@']${body})`;
  return stem ? `${start}[\\w']*` : start + WORD_END;
}

/** Compiles a pattern to a global regular expression over normalised text. */
export function compilePattern(pattern: string, macros: Record<string, string>): RegExp {
  return new RegExp(compilePatternSource(pattern, { macros }), 'g');
}
